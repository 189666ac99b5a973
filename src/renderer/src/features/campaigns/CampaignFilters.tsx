import { CAMPAIGN_STATUSES, CHANNEL_LABELS, CHANNELS } from '@shared/domain/enums'
import { Icon } from '../../ui/icons'
import { PeriodSelect } from '../marketing/PeriodSelect'
import type { PeriodId } from '../marketing/period'
import { useSegments } from './campaigns.queries'

export interface CampaignFilterValues {
  search: string
  status: string
  channel: string
  segment: string
  period: PeriodId
}

/** Search, status, channel, segment and period for the campaign list; every value lives in the address. */
export function CampaignFilters({ values, onChange }: { values: CampaignFilterValues; onChange: (next: Partial<Record<keyof CampaignFilterValues, string>>) => void }) {
  const segments = useSegments()
  return (
    <>
      <label className="search-input">
        <Icon name="search" />
        <span className="visually-hidden">Search campaigns</span>
        <input type="search" placeholder="Search by name or tracking code" value={values.search} onChange={(e) => onChange({ search: e.target.value })} />
      </label>
      <select aria-label="Status" value={values.status} onChange={(e) => onChange({ status: e.target.value })}>
        <option value="">All statuses</option>
        {CAMPAIGN_STATUSES.map((s) => (
          <option key={s} value={s}>
            {s[0]?.toUpperCase() + s.slice(1)}
          </option>
        ))}
      </select>
      <select aria-label="Channel" value={values.channel} onChange={(e) => onChange({ channel: e.target.value })}>
        <option value="">All channels</option>
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {CHANNEL_LABELS[c]}
          </option>
        ))}
      </select>
      <select aria-label="Segment" value={values.segment} onChange={(e) => onChange({ segment: e.target.value })}>
        <option value="">All segments</option>
        {segments.data?.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <PeriodSelect value={values.period} onChange={(period) => onChange({ period })} />
    </>
  )
}
