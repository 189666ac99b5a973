import { sql, type Kysely } from 'kysely'

// Frozen in time: this migration must never import today's schema types.
// Campaigns can be imported too: a batch says what it imported, and a campaign an
// import updated keeps its row as it was, so undo can put it back.

const statements = [
  `ALTER TABLE import_batches ADD COLUMN kind TEXT NOT NULL DEFAULT 'leads' CHECK (kind IN ('leads','campaigns'))`,
  // No foreign key to campaigns: a campaign deleted after the import is simply not there to restore.
  `CREATE TABLE import_batch_campaigns (
    batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    campaign_id INTEGER NOT NULL,
    before TEXT NOT NULL CHECK (json_valid(before)),
    PRIMARY KEY (batch_id, campaign_id)
  ) STRICT, WITHOUT ROWID`,
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see 0001_initial.ts
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
