import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { CustomField, CustomValues } from '@shared/domain/customFields'
import type { ColumnSet } from '../../ui/columnLayout'
import { displayText } from './valueText'

// Custom fields as columns of any table whose rows carry `customFields` (leads, people,
// organisations): the column ids, the column set the columns menu arranges, and the columns.
// A table asks main to sort by `custom:<field id>`, the same id its column has.

export type CustomColumnId = `custom:${number}`

export const customColumnId = (field: Pick<CustomField, 'id'>): CustomColumnId => `custom:${field.id}`

export const isCustomColumnId = (id: string): id is CustomColumnId => /^custom:[1-9]\d*$/.test(id)

/** A table's own column set with the live custom fields added at the end (shown unless the person hides them). */
export function withCustomColumns<Id extends string>(set: ColumnSet<Id>, fields: readonly CustomField[]): ColumnSet<Id | CustomColumnId> {
  const custom = fields.map(customColumnId)
  const labels: Record<string, string> = { ...set.labels }
  for (const field of fields) labels[customColumnId(field)] = field.label
  return { ...set, ids: [...set.ids, ...custom], labels }
}

const NUMERIC = new Set(['number', 'money'])

/** One column per field, reading the row's value by the field's key; sortable (main sorts). */
export function customFieldColumns<Row extends { customFields?: CustomValues }>(fields: readonly CustomField[]): Array<ColumnDef<Row, unknown>> {
  const column = createColumnHelper<Row>()
  return fields.map(
    (field) =>
      column.accessor<(row: Row) => CustomValues[string], CustomValues[string]>((row) => row.customFields?.[field.key] ?? null, {
        id: customColumnId(field),
        header: field.label,
        cell: (info) => {
          const text = displayText(field, info.getValue())
          return text === '' ? <span className="muted">—</span> : text
        },
        meta: NUMERIC.has(field.type) ? { numeric: true } : undefined,
        sortDescFirst: NUMERIC.has(field.type) || field.type === 'date',
      }) as ColumnDef<Row, unknown>,
  )
}
