import { createColumnHelper } from '@tanstack/react-table'
import type { CampaignSummary } from '@shared/domain/campaigns'
import { ChannelBadge, StatusBadge } from '../../ui/Badge'
import { DataTable } from '../../ui/DataTable'
import { day, money } from '../../ui/format'

const column = createColumnHelper<CampaignSummary>()

const columns = [
  column.accessor('name', { header: 'Campaign', cell: (info) => <span className="cell-strong">{info.getValue()}</span> }),
  column.accessor('channel', { header: 'Channel', cell: (info) => <ChannelBadge channel={info.getValue()} /> }),
  column.accessor('status', { header: 'Status', cell: (info) => <StatusBadge status={info.getValue()} /> }),
  column.accessor('startsOn', { header: 'Runs', cell: (info) => `${day(info.getValue())} – ${day(info.row.original.endsOn)}` }),
  column.accessor('budgetMinor', { header: 'Budget', cell: (info) => money(info.getValue()), meta: { numeric: true } }),
  column.accessor('spentMinor', { header: 'Spent', cell: (info) => money(info.getValue()), meta: { numeric: true } }),
  column.accessor('leadCount', { header: 'Leads', meta: { numeric: true } }),
  column.accessor('wonCount', { header: 'Won', meta: { numeric: true } }),
]

export function CampaignTable({ campaigns, onOpen }: { campaigns: CampaignSummary[]; onOpen: (campaign: CampaignSummary) => void }) {
  return <DataTable label="Campaigns" data={campaigns} columns={columns} onOpen={onOpen} rowLabel={(c) => c.name} />
}
