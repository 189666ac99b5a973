import type { ReportFilters } from '@shared/contract/reports'
import { CHANNEL_LABELS, CHANNELS, type Channel } from '@shared/domain/enums'
import { EntitySelect } from '../../ui/EntitySelect'
import { useCampaigns, useSegments } from '../campaigns/campaigns.queries'
import { usePipelines } from '../leads/leads.queries'
import { useOwnersAndTags } from '../pipeline/board.queries'

const num = (value: string) => (value ? Number(value) : undefined)

/** Pipeline, channel, campaign, segment and owner: the slices a report or the dashboard can be narrowed to. */
export function ReportFiltersBar({ value, onChange }: { value: ReportFilters; onChange: (next: ReportFilters) => void }) {
  const pipelines = usePipelines()
  const campaigns = useCampaigns()
  const segments = useSegments()
  const { owners } = useOwnersAndTags()
  const set = (patch: Partial<ReportFilters>) => onChange({ ...value, ...patch })
  return (
    <div className="report-filters" role="group" aria-label="Filters">
      <label>
        <span className="visually-hidden">Pipeline</span>
        <EntitySelect items={pipelines.data} emptyLabel="All pipelines" value={value.pipelineId ?? ''} onChange={(e) => set({ pipelineId: num(e.target.value) })} />
      </label>
      <label>
        <span className="visually-hidden">Channel</span>
        <select value={value.channel ?? ''} onChange={(e) => set({ channel: (e.target.value || undefined) as Channel | undefined })}>
          <option value="">All channels</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Campaign</span>
        <EntitySelect items={campaigns.data} emptyLabel="All campaigns" value={value.campaignId ?? ''} onChange={(e) => set({ campaignId: num(e.target.value) })} />
      </label>
      <label>
        <span className="visually-hidden">Segment</span>
        <EntitySelect items={segments.data} emptyLabel="All segments" value={value.segmentId ?? ''} onChange={(e) => set({ segmentId: num(e.target.value) })} />
      </label>
      <label>
        <span className="visually-hidden">Owner</span>
        <select value={value.owner ?? ''} onChange={(e) => set({ owner: e.target.value || undefined })}>
          <option value="">All owners</option>
          {owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
