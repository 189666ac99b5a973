import { z } from 'zod'
import type { TableSortColumn } from '@shared/domain/board'

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

/**
 * The person's column also stays first: it is the one that sticks to the left edge while
 * the table scrolls sideways, and a sticky column anywhere else would slide over the
 * columns before it.
 */
export const PINNED_FIRST: ColumnId = 'person'
const pinFirst = (order: ColumnId[]): ColumnId[] => [PINNED_FIRST, ...order.filter((id) => id !== PINNED_FIRST)]

// A type alias, not an interface: only an alias counts as plain JSON for uiState.set.
export type ColumnLayout = {
  order: ColumnId[]
  hidden: ColumnId[]
}

export const DEFAULT_LAYOUT: ColumnLayout = { order: [...COLUMN_IDS], hidden: [] }

const isColumnId = (id: string): id is ColumnId => (COLUMN_IDS as readonly string[]).includes(id)

const SavedLayout = z.object({ order: z.array(z.string()), hidden: z.array(z.string()) })

/**
 * The saved layout comes from disk and may be from another version of Baton: unknown
 * columns are dropped and columns added since are put at the end, shown.
 */
export function parseLayout(saved: unknown): ColumnLayout {
  const parsed = SavedLayout.safeParse(saved)
  if (!parsed.success) return DEFAULT_LAYOUT
  const order = [...new Set(parsed.data.order.filter(isColumnId))]
  for (const id of COLUMN_IDS) if (!order.includes(id)) order.push(id)
  const hidden = parsed.data.hidden.filter(isColumnId).filter((id) => !ALWAYS_SHOWN.has(id))
  return { order: pinFirst(order), hidden }
}

export function toggleColumn(layout: ColumnLayout, id: ColumnId): ColumnLayout {
  if (ALWAYS_SHOWN.has(id)) return layout
  const hidden = layout.hidden.includes(id) ? layout.hidden.filter((h) => h !== id) : [...layout.hidden, id]
  return { ...layout, hidden }
}

export function moveColumn(layout: ColumnLayout, id: ColumnId, by: -1 | 1): ColumnLayout {
  const from = layout.order.indexOf(id)
  const to = from + by
  if (from < 1 || to < 1 || to >= layout.order.length) return layout
  const order = [...layout.order]
  order.splice(from, 1)
  order.splice(to, 0, id)
  return { ...layout, order }
}

// The table's sort, saved like its columns: the column and its direction, or no sort.
export type SavedSorting = { id: ColumnId; desc: boolean } | null

const SavedSortShape = z.object({ id: z.string(), desc: z.boolean() })

/** A saved sort from disk: one this build cannot sort by (an old or unknown column) means no sort. */
export function parseSorting(saved: unknown): SavedSorting {
  const parsed = SavedSortShape.safeParse(saved)
  if (!parsed.success || !isColumnId(parsed.data.id) || !SERVER_SORT[parsed.data.id]) return null
  return { id: parsed.data.id, desc: parsed.data.desc }
}
