import type { TableSortColumn } from '@shared/domain/board'
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

export const LEAD_COLUMN_SET: ColumnSet<ColumnId> = { ids: COLUMN_IDS, labels: COLUMN_LABELS, alwaysShown: ALWAYS_SHOWN }

export type ColumnLayout = SharedColumnLayout<ColumnId>

export const DEFAULT_LAYOUT: ColumnLayout = defaultLayout(LEAD_COLUMN_SET)

export const parseLayout = (saved: unknown): ColumnLayout => parseColumnLayout(LEAD_COLUMN_SET, saved)

export const toggleColumn = (layout: ColumnLayout, id: ColumnId): ColumnLayout => toggleLayoutColumn(LEAD_COLUMN_SET, layout, id)

export const moveColumn = (layout: ColumnLayout, id: ColumnId, by: -1 | 1): ColumnLayout => moveLayoutColumn(layout, id, by)
