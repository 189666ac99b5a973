import type { SortingState } from '@tanstack/react-table'
import { useState } from 'react'
import type { CampaignStatus, Channel } from '@shared/domain/enums'
import { navigate, useRoute } from '../../app/router'
import { useSavedColumnLayout } from '../../ui/columnLayout'
import { ColumnsMenu } from '../../ui/ColumnsMenu'
import { EmptyState } from '../../ui/EmptyState'
import { Icon } from '../../ui/icons'
import { PageHeader } from '../../ui/PageHeader'
import { QueryError } from '../../ui/QueryError'
import '../marketing/marketing.css'
import { MarketingTabs } from '../marketing/MarketingTabs'
import { isPeriodId, periodRange } from '../marketing/period'
import { AttributionPicker } from './AttributionPicker'
import { CAMPAIGN_COLUMN_SET, sortColumnOf } from './campaignColumns'
import { ImportDialog } from '../imports/ImportDialog'
import { CampaignEditor } from './CampaignEditor'
import { CampaignFilters, type CampaignFilterValues } from './CampaignFilters'
import './campaigns.css'
import { useCampaignTable, useCampaigns } from './campaigns.queries'
import { CampaignTable } from './CampaignTable'
import { CampaignTimeline } from './CampaignTimeline'

const openCampaign = (id: number) => navigate(`/campaigns/${id}`)

export function CampaignsPage() {
  const { path, params, setParams } = useRoute()
  const openId = Number(/^\/campaigns\/(\d+)/.exec(path)?.[1] ?? 0)
  const view = params.get('view') === 'timeline' ? 'timeline' : 'list'
  const period = params.get('period')
  const values: CampaignFilterValues = {
    search: params.get('q') ?? '',
    status: params.get('status') ?? '',
    channel: params.get('channel') ?? '',
    segment: params.get('segment') ?? '',
    period: isPeriodId(period) ? period : 'all',
  }
  const sortColumn = sortColumnOf(params.get('sort') ?? '')
  const sorting: SortingState = sortColumn ? [{ id: sortColumn, desc: params.get('dir') !== 'asc' }] : []
  const filtered = Boolean(values.search || values.status || values.channel || values.segment)
  const table = useCampaignTable({
    ...(values.search && { search: values.search }),
    ...(values.status && { status: values.status as CampaignStatus }),
    ...(values.channel && { channel: values.channel as Channel }),
    ...(values.segment && { segmentId: Number(values.segment) }),
    ...periodRange(values.period),
    ...(sortColumn && { sort: { column: sortColumn, direction: sorting[0]?.desc ? 'desc' : 'asc' } }),
  })
  const all = useCampaigns()
  const { layout, save: saveLayout } = useSavedColumnLayout(CAMPAIGN_COLUMN_SET, 'campaignTable.columns')
  const [creating, setCreating] = useState(false)
  const [importing, setImporting] = useState(false)
  const editing = openId ? all.data?.find((c) => c.id === openId) : undefined

  const newButton = (
    <>
      <button type="button" className="button" onClick={() => setImporting(true)}>
        Import
      </button>
      <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
        <Icon name="plus" /> New campaign
      </button>
    </>
  )
  const setFilters = (next: Partial<Record<keyof CampaignFilterValues, string>>) => {
    const { search, ...rest } = next
    setParams({ ...rest, ...(search !== undefined && { q: search }) })
  }
  const clearFilters = () => setParams({ q: undefined, status: undefined, channel: undefined, segment: undefined })

  let body
  if (view === 'timeline') body = all.data ? <CampaignTimeline campaigns={all.data} onOpen={openCampaign} /> : null
  else if (table.error) body = <QueryError error={table.error} onRetry={() => void table.refetch()} />
  else if (!table.data) body = <p className="muted">Loading campaigns…</p>
  else if (table.data.rows.length === 0)
    body =
      filtered || values.period !== 'all' ? (
        <EmptyState icon="search" title="No campaigns match" actions={<button type="button" className="button" onClick={() => setParams({ q: undefined, status: undefined, channel: undefined, segment: undefined, period: undefined })}>Clear filters</button>}>
          <p>Try another name or period, or clear the filters to see every campaign.</p>
        </EmptyState>
      ) : (
        <EmptyState icon="campaigns" title="Plan your first campaign" actions={newButton}>
          <p>A campaign is anything that brings in leads — a webinar, an ad set, a newsletter, a trade fair. Give it a channel and a budget, then link leads to it to see what it really returns.</p>
        </EmptyState>
      )
  else
    body = (
      <CampaignTable
        rows={table.data.rows}
        totals={table.data.totals}
        layout={layout}
        sorting={sorting}
        onSortingChange={(next) => setParams({ sort: next[0]?.id, dir: next[0] ? (next[0].desc ? 'desc' : 'asc') : undefined })}
        onOpen={(c) => openCampaign(c.id)}
      />
    )

  return (
    <div className="page">
      <PageHeader title="Campaigns" subtitle="Every effort that brings in leads: what it costs and what it brings." actions={newButton} />
      <MarketingTabs current={view} />
      {view === 'list' && (
        <div className="toolbar campaign-toolbar" role="search">
          <CampaignFilters values={values} onChange={setFilters} />
          {filtered && (
            <button type="button" className="button button--small" onClick={clearFilters}>
              Clear
            </button>
          )}
          <span className="spacer" />
          <AttributionPicker />
          <ColumnsMenu set={CAMPAIGN_COLUMN_SET} layout={layout} onChange={saveLayout} />
        </div>
      )}
      {body}
      {creating && <CampaignEditor campaign={null} onClose={() => setCreating(false)} />}
      {importing && <ImportDialog pipelineId={null} onClose={() => setImporting(false)} />}
      {editing && <CampaignEditor campaign={editing} onClose={() => navigate('/campaigns', params)} />}
    </div>
  )
}
