import { useState } from 'react'
import { CHANNEL_LABELS, CHANNELS } from '@shared/domain/enums'
import { useRoute } from '../../app/router'
import { EntitySelect } from '../../ui/EntitySelect'
import { Icon } from '../../ui/icons'
import { useCampaigns, useSegments } from '../campaigns/campaigns.queries'
import { CustomFieldFilters } from '../custom-fields/CustomFieldFilters'
import { useCustomFields } from '../custom-fields/customFields.queries'
import { useOwnersAndTags } from './board.queries'
import { activeFilterCount, clearedFilters } from './pipeline.filters'
import { CURRENCY } from '../../ui/format'

/** Search and filters over the leads; everything it sets goes into the address. */
export function FilterBar() {
  const { params, setParams } = useRoute()
  const [open, setOpen] = useState(activeFilterCount(params) > 0)
  const active = activeFilterCount(params)
  const get = (key: string) => params.get(key) ?? ''
  const bind = (key: string) => ({ value: get(key), onChange: (e: { target: { value: string } }) => setParams({ [key]: e.target.value || undefined }) })
  return (
    <div className="filter-bar">
      <div className="toolbar" role="search">
        <label className="search-input">
          <Icon name="search" />
          <span className="visually-hidden">Search leads</span>
          <input type="search" placeholder="Search people, companies, emails, notes" {...bind('q')} />
        </label>
        <button type="button" className={`button${active ? ' button--active' : ''}`} aria-expanded={open} aria-controls="lead-filters" onClick={() => setOpen(!open)}>
          Filters{active > 0 && <span className="count-pill">{active}</span>}
        </button>
        {(active > 0 || get('q')) && (
          <button type="button" className="button button--quiet" onClick={() => setParams(clearedFilters(params))}>
            Clear all
          </button>
        )}
      </div>
      {open && <FilterFields bind={bind} snoozed={get('snoozed') === '1'} onSnoozed={(on) => setParams({ snoozed: on ? '1' : undefined })} />}
    </div>
  )
}

type Bind = (key: string) => { value: string; onChange: (e: { target: { value: string } }) => void }

function FilterFields({ bind, snoozed, onSnoozed }: { bind: Bind; snoozed: boolean; onSnoozed: (on: boolean) => void }) {
  const { params, setParams } = useRoute()
  const customFields = useCustomFields('lead')
  const personFields = useCustomFields('person')
  const organizationFields = useCustomFields('organization')
  // A deal's organisation's and person's fields filter too ("Organisation · Account tier is Strategic").
  const fields = [
    ...(customFields.data ?? []),
    ...(organizationFields.data ?? []).map((f) => ({ ...f, label: `Organisation · ${f.label}` })),
    ...(personFields.data ?? []).map((f) => ({ ...f, label: `Person · ${f.label}` })),
  ]
  const campaigns = useCampaigns()
  const segments = useSegments()
  const { owners, tags } = useOwnersAndTags()
  return (
    <div id="lead-filters" className="filter-fields" role="group" aria-label="Filters">
      <label>
        Campaign
        <EntitySelect items={campaigns.data} emptyLabel="Any campaign" {...bind('campaign')} />
      </label>
      <label>
        Channel
        <select {...bind('channel')}>
          <option value="">Any channel</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Segment
        <EntitySelect items={segments.data} emptyLabel="Any segment" {...bind('segment')} />
      </label>
      <label>
        Owner
        <select {...bind('owner')}>
          <option value="">Anyone</option>
          {owners.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      </label>
      <label>
        Tag
        <select {...bind('tag')}>
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label>
        Value from
        <input inputMode="decimal" placeholder={`Min ${CURRENCY}`} {...bind('min')} />
      </label>
      <label>
        Value to
        <input inputMode="decimal" placeholder={`Max ${CURRENCY}`} {...bind('max')} />
      </label>
      <label>
        Created from
        <input type="date" {...bind('createdFrom')} />
      </label>
      <label>
        Created to
        <input type="date" {...bind('createdTo')} />
      </label>
      <label>
        Closing from
        <input type="date" {...bind('closeFrom')} />
      </label>
      <label>
        Closing to
        <input type="date" {...bind('closeTo')} />
      </label>
      <CustomFieldFilters fields={fields} params={params} setParams={setParams} />
      <label className="checkbox-label">
        <input type="checkbox" checked={snoozed} onChange={(e) => onSnoozed(e.target.checked)} />
        Show snoozed leads
      </label>
    </div>
  )
}
