import { createColumnHelper } from '@tanstack/react-table'
import type { CampaignTableSort } from '@shared/contract/campaigns'
import type { CampaignMetricsRow } from '@shared/domain/campaigns'
import { computeMetrics, type MetricInputs, type MetricKey } from '@shared/domain/metrics'
import { ChannelBadge, StatusBadge } from '../../ui/Badge'
import type { ColumnSet } from '../../ui/columnLayout'
import { day, money, shortDay } from '../../ui/format'
import { Figure } from '../marketing/Figure'

export const CAMPAIGN_COLUMN_IDS = [
  'name',
  'channel',
  'status',
  'startsOn',
  'segment',
  'budgetMinor',
  'spendMinor',
  'leads',
  'qualifiedLeads',
  'wonDeals',
  'revenueMinor',
  'costPerLead',
  'costPerQualifiedLead',
  'customerAcquisitionCost',
  'returnOnInvestment',
  'returnOnAdSpend',
  'winRate',
  'averageDealSize',
] as const
export type CampaignColumnId = (typeof CAMPAIGN_COLUMN_IDS)[number]
type FigureColumn = Extract<CampaignColumnId, MetricKey>

const LABELS: Record<CampaignColumnId, string> = {
  name: 'Campaign',
  channel: 'Channel',
  status: 'Status',
  startsOn: 'Runs',
  segment: 'Segment',
  budgetMinor: 'Budget',
  spendMinor: 'Spend',
  leads: 'Leads',
  qualifiedLeads: 'Qualified',
  wonDeals: 'Won',
  revenueMinor: 'Revenue',
  costPerLead: 'CPL',
  costPerQualifiedLead: 'Cost / qualified',
  customerAcquisitionCost: 'CAC',
  returnOnInvestment: 'ROI',
  returnOnAdSpend: 'ROAS',
  winRate: 'Win rate',
  averageDealSize: 'Avg deal',
}

export const CAMPAIGN_COLUMN_SET: ColumnSet<CampaignColumnId> = {
  ids: CAMPAIGN_COLUMN_IDS,
  labels: LABELS,
  alwaysShown: new Set(['name']),
  hiddenByDefault: ['segment', 'costPerQualifiedLead', 'returnOnAdSpend', 'winRate', 'averageDealSize'],
}

/** Columns the server sorts on; the segment column does not sort. */
export const sortColumnOf = (id: string): CampaignTableSort | null => (id === 'segment' ? null : (id as CampaignTableSort))

const FIGURES: FigureColumn[] = [
  'spendMinor',
  'leads',
  'qualifiedLeads',
  'wonDeals',
  'revenueMinor',
  'costPerLead',
  'costPerQualifiedLead',
  'customerAcquisitionCost',
  'returnOnInvestment',
  'returnOnAdSpend',
  'winRate',
  'averageDealSize',
]

const column = createColumnHelper<CampaignMetricsRow>()

export const CAMPAIGN_COLUMNS = [
  column.accessor('name', { id: 'name', header: LABELS.name, cell: (info) => <span className="cell-strong campaign-name">{info.getValue()}</span> }),
  column.accessor('channel', { id: 'channel', header: LABELS.channel, cell: (info) => <ChannelBadge channel={info.getValue()} /> }),
  column.accessor('status', { id: 'status', header: LABELS.status, cell: (info) => <StatusBadge status={info.getValue()} /> }),
  column.accessor('startsOn', { id: 'startsOn', header: LABELS.startsOn, cell: (info) => <RunDates startsOn={info.getValue()} endsOn={info.row.original.endsOn} /> }),
  column.accessor('segmentName', { id: 'segment', header: LABELS.segment, enableSorting: false, cell: (info) => info.getValue() ?? '—' }),
  column.accessor('budgetMinor', { id: 'budgetMinor', header: LABELS.budgetMinor, cell: (info) => money(info.getValue()), meta: { numeric: true } }),
  ...FIGURES.map((id) =>
    column.accessor((row) => row.inputs, {
      id,
      header: LABELS[id],
      meta: { numeric: true },
      cell: (info) => <FigureCell id={id} inputs={info.getValue()} budgetMinor={info.row.original.budgetMinor} />,
    }),
  ),
]

function FigureCell({ id, inputs, budgetMinor }: { id: FigureColumn; inputs: MetricInputs; budgetMinor: number }) {
  const value = computeMetrics(inputs)[id]
  if (id === 'spendMinor' && budgetMinor > 0 && inputs.spendMinor > budgetMinor) {
    return (
      <span className="figure-negative" title={`Over budget by ${money(inputs.spendMinor - budgetMinor)}`}>
        {money(inputs.spendMinor)}
      </span>
    )
  }
  return <Figure metric={id} value={value} />
}

/** What the totals row shows under a column: sums, and figures computed from the summed inputs. */
export function TotalCell({ id, totals, budgetMinor }: { id: CampaignColumnId; totals: MetricInputs; budgetMinor: number }) {
  if (id === 'budgetMinor') return <>{money(budgetMinor)}</>
  if ((FIGURES as readonly string[]).includes(id)) return <Figure metric={id as FigureColumn} value={computeMetrics(totals)[id as FigureColumn]} />
  return null
}

/** "Mar 2 – Apr 14, 2026": the year once when both ends share it. */
function RunDates({ startsOn, endsOn }: { startsOn: string | null; endsOn: string | null }) {
  if (!startsOn) return <span className="muted">Not scheduled</span>
  const sameYear = endsOn !== null && endsOn.slice(0, 4) === startsOn.slice(0, 4)
  return (
    <>
      {sameYear ? shortDay(startsOn) : day(startsOn)} – {endsOn ? day(endsOn) : 'open-ended'}
    </>
  )
}
