import { z } from 'zod'
import type { TableSortColumn } from '@shared/domain/board'
import { isCustomColumnId, type CustomColumnId } from '../custom-fields/customColumns'
import {
  defaultLayout,
  moveLayoutColumn,
  parseColumnLayout,
  toggleLayoutColumn,
  type ColumnLayout as SharedColumnLayout,
  type ColumnSet,
} from '../../ui/columnLayout'

export const COLUMN_IDS = [
  'person',
  'company',
  'email',
  'stage',
  'campaign',
  'value',
  'probability',
  'owner',
  'tags',
  'created',
  'expectedClose',
  'lastActivity',
  'daysInStage',
] as const
export type ColumnId = (typeof COLUMN_IDS)[number]

export const COLUMN_LABELS: Record<ColumnId, string> = {
  person: 'Person',
  company: 'Company',
  email: 'Email',
  stage: 'Stage',
  campaign: 'Campaign',
  value: 'Value',
  probability: 'Probability',
  owner: 'Owner',
  tags: 'Tags',
  created: 'Created',
  expectedClose: 'Expected close',
  lastActivity: 'Last activity',
  daysInStage: 'Days in stage',
}

/**
 * The server sort each sortable column asks for. Days in stage sorts on the day the
 * lead entered its stage, turned around: fewest days first means the latest entry first.
 */
export const SERVER_SORT: Partial<Record<ColumnId, { column: TableSortColumn; reversed?: true }>> = {
  person: { column: 'personName' },
  company: { column: 'company' },
  email: { column: 'email' },
  stage: { column: 'stage' },
  campaign: { column: 'campaign' },
  value: { column: 'value' },
  owner: { column: 'owner' },
  created: { column: 'createdAt' },
  expectedClose: { column: 'expectedCloseOn' },
  lastActivity: { column: 'lastActivityAt' },
  daysInStage: { column: 'stageEnteredAt', reversed: true },
}

/** The person's column is how a row is recognised, so it cannot be hidden. */
export const ALWAYS_SHOWN: ReadonlySet<ColumnId> = new Set(['person'])

export const LEAD_COLUMN_SET: ColumnSet<ColumnId> = { ids: COLUMN_IDS, labels: COLUMN_LABELS, alwaysShown: ALWAYS_SHOWN, pinnedFirst: 'person' }

/** A lead table column: one of its own, or a custom field's (`custom:<field id>`). */
export type LeadColumnId = ColumnId | CustomColumnId

export type ColumnLayout = SharedColumnLayout<LeadColumnId>

export const DEFAULT_LAYOUT: SharedColumnLayout<ColumnId> = defaultLayout(LEAD_COLUMN_SET)

export const parseLayout = (saved: unknown): SharedColumnLayout<ColumnId> => parseColumnLayout(LEAD_COLUMN_SET, saved)

export const toggleColumn = (layout: SharedColumnLayout<ColumnId>, id: ColumnId): SharedColumnLayout<ColumnId> => toggleLayoutColumn(LEAD_COLUMN_SET, layout, id)

export const moveColumn = (layout: SharedColumnLayout<ColumnId>, id: ColumnId, by: -1 | 1): SharedColumnLayout<ColumnId> => moveLayoutColumn(LEAD_COLUMN_SET, layout, id, by)

const isColumnId = (id: string): id is ColumnId => (COLUMN_IDS as readonly string[]).includes(id)

// The table's sort, saved like its columns: the column and its direction, or no sort.
export type SavedSorting = { id: LeadColumnId; desc: boolean } | null

const SavedSortShape = z.object({ id: z.string(), desc: z.boolean() })

/** A saved sort from disk: one this build cannot sort by (an old or unknown column) means no sort. */
export function parseSorting(saved: unknown): SavedSorting {
  const parsed = SavedSortShape.safeParse(saved)
  if (!parsed.success) return null
  const { id, desc } = parsed.data
  if (isCustomColumnId(id)) return { id, desc }
  if (!isColumnId(id) || !SERVER_SORT[id]) return null
  return { id, desc }
}
