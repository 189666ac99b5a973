import { sql, type Kysely } from 'kysely'
import type { SqlDialect } from '../dialect'

// Frozen in time: this migration must never import today's schema types.
// A segment can say who is in it by a choice custom field of people or organisations: "Account
// tier is Strategic" (or "Services include Payroll" for several choices). The people or
// organisations with that choice are put in the segment when the rule is saved and whenever the
// value is written later (features/segments/segments.rules.ts). Existing segments have no rule;
// nothing else changes. Fields are archived, never deleted, but a rule would go with one (SET NULL).

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see 0001_initial.ts
export async function up(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  const int = dialect.engine === 'postgres' ? 'bigint' : 'INTEGER'
  const text = dialect.engine === 'postgres' ? 'text' : 'TEXT'
  await sql.raw(`ALTER TABLE segments ADD COLUMN rule_field_id ${int} REFERENCES custom_fields(id) ON DELETE SET NULL`).execute(db)
  await sql.raw(`ALTER TABLE segments ADD COLUMN rule_option ${text}`).execute(db)
}
