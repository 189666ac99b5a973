import { createColumnHelper, type SortingState } from '@tanstack/react-table'
import type { TableLead } from '@shared/domain/board'
import { ChannelBadge } from '../../ui/Badge'
import { calendarDaysSince, firmDayOf, firmToday } from '../../ui/clock'
import { day, money, shortDay } from '../../ui/format'
import { isCustomColumnId } from '../custom-fields/customColumns'
import { COLUMN_LABELS, SERVER_SORT, type ColumnId } from './columnLayout'
import type { TableSort } from './leadTable.queries'


const column = createColumnHelper<TableLead>()
const none = <span className="muted">—</span>

/** A date with the year only when it is not this year, so recent rows stay short. */
function when(iso: string | null): string {
  if (!iso) return '—'
  const thisYear = (iso.length === 10 ? iso : firmDayOf(iso)).slice(0, 4) === firmToday().slice(0, 4)
  return thisYear ? shortDay(iso) : day(iso)
}

const header = (id: ColumnId) => COLUMN_LABELS[id]

// Every column reads a field so react-table lets it sort; columns the server cannot
// sort on turn sorting off explicitly.
export const LEAD_COLUMNS = [
  column.accessor('personName', { id: 'person', header: header('person'), cell: (info) => <span className="cell-strong">{info.getValue() ?? info.row.original.dealName}</span> }),
  column.accessor('company', { id: 'company', header: header('company'), cell: (info) => info.getValue() ?? none }),
  column.accessor('email', { id: 'email', header: header('email'), cell: (info) => info.getValue() ?? none }),
  column.accessor('stageName', { id: 'stage', header: header('stage') }),
  column.accessor('sourceCampaignName', {
    id: 'campaign',
    header: header('campaign'),
    cell: (info) =>
      info.getValue() ? (
        <span className="campaign-cell">
          {info.row.original.sourceChannel && <ChannelBadge channel={info.row.original.sourceChannel} />} {info.getValue()}
        </span>
      ) : (
        <span className="muted">None</span>
      ),
  }),
  column.accessor('valueMinor', { id: 'value', header: header('value'), cell: (info) => money(info.getValue()), meta: { numeric: true }, sortDescFirst: true }),
  column.accessor('probability', { id: 'probability', header: header('probability'), cell: (info) => `${info.getValue()}%`, meta: { numeric: true }, enableSorting: false }),
  column.accessor('owner', { id: 'owner', header: header('owner'), cell: (info) => info.getValue() ?? none }),
  column.accessor('tags', {
    id: 'tags',
    header: header('tags'),
    enableSorting: false,
    cell: (info) =>
      info.getValue().length === 0 ? (
        none
      ) : (
        <span className="lead-table__tags">
          {info.getValue().map((tag) => (
            <span key={tag} className="badge">
              {tag}
            </span>
          ))}
        </span>
      ),
  }),
  column.accessor('createdAt', { id: 'created', header: header('created'), cell: (info) => when(info.getValue()), sortDescFirst: true }),
  column.accessor('expectedCloseOn', { id: 'expectedClose', header: header('expectedClose'), cell: (info) => day(info.getValue()) }),
  column.accessor('lastActivityAt', { id: 'lastActivity', header: header('lastActivity'), cell: (info) => (info.getValue() ? when(info.getValue()) : <span className="muted">Never</span>), sortDescFirst: true }),
  column.accessor('stageEnteredAt', {
    id: 'daysInStage',
    header: header('daysInStage'),
    cell: (info) => calendarDaysSince(info.getValue()),
    meta: { numeric: true },
    sortDescFirst: true,
  }),
]

/** react-table's sort state → what `leads.table` is asked for; nothing sorted means main's default (newest first). */
export function serverSort(sorting: SortingState): TableSort | null {
  const first = sorting[0]
  if (first && isCustomColumnId(first.id)) return { column: first.id, direction: first.desc ? 'desc' : 'asc' }
  const target = first && SERVER_SORT[first.id as ColumnId]
  if (!first || !target) return null
  const descending = target.reversed ? !first.desc : first.desc
  return { column: target.column, direction: descending ? 'desc' : 'asc' }
}
