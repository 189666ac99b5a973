import { sql, type Kysely } from 'kysely'
import type { SqlDialect } from '../dialect'

// Frozen in time: this migration must never import today's schema types.
// A save refused because a bulk change, an undo or an import reached the record first names that
// change as a person said it ("Sam moved 40 leads to Qualified 1 minute ago"), not a list of
// columns. Those writes log one record_changes row per record they reached, each with the same
// summary: what was done, to how many, said after the member's name. Ordinary saves leave it null.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see 0001_initial.ts
export async function up(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  await sql.raw(`ALTER TABLE record_changes ADD COLUMN summary ${dialect.engine === 'postgres' ? 'text' : 'TEXT'}`).execute(db)
}
