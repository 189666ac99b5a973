import { sql, type Kysely } from 'kysely'
import type { SqlDialect } from '../dialect'

// Frozen in time: this migration must never import today's schema types.
// An import can keep a file's unmapped columns in custom fields, making a field in the same step.
// Its undo takes that back: the fields it made (gone if no value is left in them), and the values
// it wrote over on records that were there before, as they were (`before`: the record's value rows
// of that field as JSON, an empty list when it had none). Values on records the import created go
// with those records. A file of people or organisations alone (no deals) updates contacts
// without a lead to keep their old state with: import_batch_parties keeps each person or
// organisation it changed as it was before (JSON), for undo. Nothing existing changes: the tables
// start empty.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see 0001_initial.ts
export async function up(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  const pg = dialect.engine === 'postgres'
  const int = pg ? 'bigint' : 'INTEGER'
  const text = pg ? 'text' : 'TEXT'
  const table = pg ? '' : ' STRICT, WITHOUT ROWID'
  const statements = [
    `CREATE TABLE import_batch_fields (
      batch_id ${int} NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
      field_id ${int} NOT NULL,
      PRIMARY KEY (batch_id, field_id)
    )${table}`,
    `CREATE TABLE import_batch_custom_values (
      batch_id ${int} NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
      field_id ${int} NOT NULL,
      record_kind ${text} NOT NULL CHECK (record_kind IN ('lead','person','organization')),
      record_id ${int} NOT NULL,
      before ${text} NOT NULL,
      PRIMARY KEY (batch_id, field_id, record_kind, record_id)
    )${table}`,
    `CREATE TABLE import_batch_parties (
      batch_id ${int} NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
      kind ${text} NOT NULL CHECK (kind IN ('person','organization')),
      record_id ${int} NOT NULL,
      before ${text} NOT NULL,
      PRIMARY KEY (batch_id, kind, record_id)
    )${table}`,
  ]
  for (const statement of statements) await sql.raw(statement).execute(db)
}
