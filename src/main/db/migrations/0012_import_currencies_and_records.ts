import { sql, type Kysely } from 'kysely'
import type { SqlDialect } from '../dialect'

// Frozen in time: this migration must never import today's schema types.
// An import records the rates it converted other currencies at (with the workspace's currency
// then), and undo can take back the team members and lost reasons it added as well as the
// campaigns and stages: the batch's records may now name those too.

const KINDS = `kind IN ('campaign','stage','team_member','lost_reason')`

const sqlite = [
  `ALTER TABLE import_batches ADD COLUMN currency_rates TEXT CHECK (currency_rates IS NULL OR json_valid(currency_rates))`,
  // SQLite cannot widen a CHECK in place: the records table is rebuilt with every row it had.
  `CREATE TABLE import_batch_records_next (
    batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (${KINDS}),
    record_id INTEGER NOT NULL,
    PRIMARY KEY (batch_id, kind, record_id)
  ) STRICT, WITHOUT ROWID`,
  `INSERT INTO import_batch_records_next (batch_id, kind, record_id) SELECT batch_id, kind, record_id FROM import_batch_records`,
  `DROP TABLE import_batch_records`,
  `ALTER TABLE import_batch_records_next RENAME TO import_batch_records`,
]

// The baseline's inline CHECK on kind has PostgreSQL's default name.
const postgres = [
  `ALTER TABLE import_batches ADD COLUMN currency_rates text CHECK (currency_rates IS NULL OR baton_is_json(currency_rates))`,
  `ALTER TABLE import_batch_records DROP CONSTRAINT import_batch_records_kind_check`,
  `ALTER TABLE import_batch_records ADD CONSTRAINT import_batch_records_kind_check CHECK (${KINDS})`,
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see 0001_initial.ts
export async function up(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  for (const statement of dialect.engine === 'postgres' ? postgres : sqlite) await sql.raw(statement).execute(db)
}
