import { useMemo } from 'react'
import type { ColumnDef } from '@tanstack/react-table'
import type { CustomFieldEntity, CustomValues } from '@shared/domain/customFields'
import type { ColumnSet } from '../../ui/columnLayout'
import { useSavedColumnLayout } from '../../ui/columnLayout'
import { customFieldColumns, withCustomColumns, type CustomColumnId } from '../custom-fields/customColumns'
import { useCustomFields } from '../custom-fields/customFields.queries'

/** A people or organisations table's columns with the live custom fields of its kind added, and its saved layout over both. */
export function usePartyColumns<Id extends string, Row extends { customFields?: CustomValues }>(
  entity: Extract<CustomFieldEntity, 'person' | 'organization'>,
  set: ColumnSet<Id>,
  columns: Array<ColumnDef<Row, unknown>>,
  storageKey: string,
) {
  const fields = useCustomFields(entity)
  const live = useMemo(() => fields.data ?? [], [fields.data])
  const columnSet = useMemo(() => withCustomColumns(set, live), [set, live])
  const allColumns = useMemo(() => [...columns, ...customFieldColumns<Row>(live)], [columns, live])
  const { layout, save } = useSavedColumnLayout<Id | CustomColumnId>(columnSet, storageKey)
  return { columnSet, columns: allColumns, layout, save }
}
