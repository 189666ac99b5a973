import type { Insertable } from 'kysely'
import { checkCustomValues } from '@shared/contract/customFieldValues'
import { valueColumnOf, type CustomField, type CustomFieldEntity, type CustomValue, type CustomValues } from '@shared/domain/customFields'
import { AppError } from '@shared/errors'
import type { CustomFieldValuesTable } from '../../db/schema'
import type { Db } from '../context'
import { applySegmentRules } from '../segments/segments.rules'
import { listCustomFields, RECORD_COLUMN } from './customFields.repo'

type ValueRow = Insertable<CustomFieldValuesTable>

const ROWS_PER_INSERT = 400

/** The rows one value is stored as (none for an empty value; one per choice for several choices). */
export function valueRowsOf(field: CustomField, recordId: number, value: CustomValue): ValueRow[] {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return []
  const base = { field_id: field.id, lead_id: null, person_id: null, organization_id: null, [RECORD_COLUMN[field.entity]]: recordId }
  if (Array.isArray(value)) return value.map((text, item) => ({ ...base, item, text_value: text }))
  const column = valueColumnOf(field.type)
  const stored = typeof value === 'boolean' ? (value ? 1 : 0) : value
  return [{ ...base, item: 0, [column]: stored }]
}

function valueOf(field: CustomField, rows: ReadonlyArray<Pick<ValueRow, 'item' | 'text_value' | 'number_value' | 'integer_value' | 'date_value'>>): CustomValue {
  if (field.type === 'choices') return [...rows].sort((a, b) => (a.item ?? 0) - (b.item ?? 0)).flatMap((r) => (r.text_value == null ? [] : [r.text_value]))
  const row = rows[0]
  if (!row) return null
  if (field.type === 'yes_no') return row.integer_value == null ? null : Number(row.integer_value) === 1
  if (field.type === 'money') return row.integer_value == null ? null : Number(row.integer_value)
  if (field.type === 'number') return row.number_value == null ? null : Number(row.number_value)
  if (field.type === 'date') return row.date_value ?? null
  return row.text_value ?? null
}

/**
 * The values of some records of an entity, by record id then field key. Archived fields are
 * left out unless asked for (exports keep them). Records without values get an empty object.
 */
export async function readCustomValues(db: Db, entity: CustomFieldEntity, ids: readonly number[], options: { includeArchived?: boolean; fields?: CustomField[] } = {}): Promise<Map<number, CustomValues>> {
  const fields = options.fields ?? (await listCustomFields(db, entity, options.includeArchived ?? false))
  const result = new Map<number, CustomValues>(ids.map((id) => [id, {}]))
  if (fields.length === 0 || ids.length === 0) return result
  const byId = new Map(fields.map((f) => [f.id, f]))
  const column = RECORD_COLUMN[entity]
  const grouped = new Map<string, { recordId: number; field: CustomField; rows: ValueRow[] }>()
  for (let start = 0; start < ids.length; start += 1000) {
    const chunk = ids.slice(start, start + 1000)
    const rows = await db.selectFrom('custom_field_values').selectAll().where(column, 'in', chunk).where('field_id', 'in', [...byId.keys()]).execute()
    for (const row of rows) {
      const recordId = Number(row[column])
      const field = byId.get(Number(row.field_id))
      if (!field) continue
      const key = `${recordId}:${field.id}`
      const group = grouped.get(key) ?? { recordId, field, rows: [] }
      group.rows.push(row)
      grouped.set(key, group)
    }
  }
  for (const { recordId, field, rows } of grouped.values()) {
    const values = result.get(recordId)
    if (values) values[field.key] = valueOf(field, rows)
  }
  return result
}

export async function readRecordValues(db: Db, entity: CustomFieldEntity, id: number): Promise<CustomValues> {
  return (await readCustomValues(db, entity, [id])).get(id) ?? {}
}

/** Replaces the given fields' values of one record (inside the caller's transaction). */
export async function replaceValues(db: Db, entity: CustomFieldEntity, fields: ReadonlyMap<number, CustomField>, recordId: number, values: ReadonlyMap<number, CustomValue>): Promise<void> {
  if (values.size === 0) return
  const column = RECORD_COLUMN[entity]
  await db.deleteFrom('custom_field_values').where(column, '=', recordId).where('field_id', 'in', [...values.keys()]).execute()
  const rows = [...values].flatMap(([fieldId, value]) => {
    const field = fields.get(fieldId)
    return field ? valueRowsOf(field, recordId, value) : []
  })
  if (rows.length > 0) await db.insertInto('custom_field_values').values(rows).execute()
  if (entity !== 'lead') await applySegmentRules(db, entity, { ids: [recordId] })
}

/**
 * Checks a record's values against the entity's definitions (one message naming the field when
 * one is wrong) and saves them. Call inside the transaction that creates or updates the record;
 * `mode: 'create'` also insists on every required field.
 */
export async function saveCustomValues(db: Db, entity: CustomFieldEntity, recordId: number, input: CustomValues | undefined, mode: 'create' | 'update'): Promise<void> {
  if (input === undefined && mode === 'update') return
  const fields = await listCustomFields(db, entity, true)
  if (fields.length === 0 && (input === undefined || Object.keys(input).length === 0)) return
  const checked = checkCustomValues(fields, input ?? {}, mode)
  if (checked.problem) throw new AppError('invalid_input', checked.problem.message, `customFields.${checked.problem.key}`)
  await replaceValues(db, entity, new Map(fields.map((f) => [f.id, f])), recordId, checked.values)
}

/** Checks values before anything is written, so a create fails before it makes its record. */
export async function checkValuesFor(db: Db, entity: CustomFieldEntity, input: CustomValues | undefined, mode: 'create' | 'update'): Promise<void> {
  if (input === undefined && mode === 'update') return
  const fields = await listCustomFields(db, entity, true)
  const checked = checkCustomValues(fields, input ?? {}, mode)
  if (checked.problem) throw new AppError('invalid_input', checked.problem.message, `customFields.${checked.problem.key}`)
}

/**
 * Writes many records' values at once (an import): each row's values are checked like a form's
 * (required fields are not insisted on: an import fills what the file has). Returns the rows
 * that were refused with their message, and writes the rest, in statements of a few hundred rows.
 */
export async function writeCustomValuesInBulk(
  db: Db,
  entity: CustomFieldEntity,
  records: ReadonlyArray<{ recordId: number; values: CustomValues }>,
): Promise<{ written: number; refused: Array<{ recordId: number; key: string; message: string }> }> {
  const fields = await listCustomFields(db, entity, true)
  const byId = new Map(fields.map((f) => [f.id, f]))
  const column = RECORD_COLUMN[entity]
  const refused: Array<{ recordId: number; key: string; message: string }> = []
  const clear: Array<{ recordId: number; fieldIds: number[] }> = []
  const rows: ValueRow[] = []
  for (const { recordId, values } of records) {
    const checked = checkCustomValues(fields, values, 'update')
    if (checked.problem) {
      refused.push({ recordId, ...checked.problem })
      continue
    }
    clear.push({ recordId, fieldIds: [...checked.values.keys()] })
    for (const [fieldId, value] of checked.values) {
      const field = byId.get(fieldId)
      if (field) rows.push(...valueRowsOf(field, recordId, value))
    }
  }
  // Records that replace the same fields are cleared together, a few hundred a statement (an import of 100,000 rows would otherwise make 100,000 deletes).
  const clearTogether = new Map<string, { fieldIds: number[]; recordIds: number[] }>()
  for (const { recordId, fieldIds } of clear) {
    if (fieldIds.length === 0) continue
    const same = [...fieldIds].sort((a, b) => a - b)
    const key = same.join(',')
    const group = clearTogether.get(key)
    if (group) group.recordIds.push(recordId)
    else clearTogether.set(key, { fieldIds: same, recordIds: [recordId] })
  }
  const run = async (trx: Db) => {
    for (const { fieldIds, recordIds } of clearTogether.values()) {
      for (let start = 0; start < recordIds.length; start += ROWS_PER_INSERT) {
        await trx.deleteFrom('custom_field_values').where(column, 'in', recordIds.slice(start, start + ROWS_PER_INSERT)).where('field_id', 'in', fieldIds).execute()
      }
    }
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) await trx.insertInto('custom_field_values').values(rows.slice(start, start + ROWS_PER_INSERT)).execute()
    // A segment's rule on these fields takes in the records the file gave its choice (one statement for them all).
    if (entity !== 'lead' && rows.length > 0) await applySegmentRules(trx, entity)
  }
  if (db.isTransaction) await run(db)
  else await db.transaction().execute(run)
  return { written: clear.length, refused }
}
