import { sql } from 'kysely'
import type { Trx } from '../context'
import { RECORD_COLUMN } from '../custom-fields/customFields.repo'

// An import's undo of its custom values (customColumns.ts): records that were there before get
// back the value rows they had in each field it wrote (none, when they had none); values on the
// records it created went with them. Then the fields it made go, unless a value is in them now
// (someone filled one in by hand since).

interface ValueRowBefore {
  item: number
  text_value: string | null
  number_value: number | null
  integer_value: number | null
  date_value: string | null
}

const RECORD_TABLE = { lead: 'leads', person: 'people', organization: 'organizations' } as const

export async function restoreCustomValues(trx: Trx, batchId: number): Promise<void> {
  const written = await trx.selectFrom('import_batch_custom_values').selectAll().where('batch_id', '=', batchId).execute()
  for (const { field_id: fieldId, record_kind: kind, record_id: recordId, before } of written) {
    const column = RECORD_COLUMN[kind]
    await trx.deleteFrom('custom_field_values').where('field_id', '=', fieldId).where(column, '=', recordId).execute()
    const rows = JSON.parse(before) as ValueRowBefore[]
    if (rows.length === 0) continue
    const field = await trx.selectFrom('custom_fields').select('id').where('id', '=', fieldId).executeTakeFirst()
    const record = await trx.selectFrom(RECORD_TABLE[kind]).select('id').where('id', '=', recordId).executeTakeFirst()
    if (!field || !record) continue
    await trx
      .insertInto('custom_field_values')
      .values(
        rows.map((row) => ({
          field_id: fieldId,
          lead_id: null,
          person_id: null,
          organization_id: null,
          [column]: recordId,
          item: Number(row.item),
          text_value: row.text_value,
          number_value: row.number_value === null ? null : Number(row.number_value),
          integer_value: row.integer_value === null ? null : Number(row.integer_value),
          date_value: row.date_value,
        })),
      )
      .execute()
  }
}

export async function removeAddedFields(trx: Trx, batchId: number): Promise<void> {
  await sql`DELETE FROM custom_fields WHERE id IN (SELECT field_id FROM import_batch_fields WHERE batch_id = ${batchId})
    AND NOT EXISTS (SELECT 1 FROM custom_field_values WHERE custom_field_values.field_id = custom_fields.id)`.execute(trx)
}
