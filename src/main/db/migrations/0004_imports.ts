import { sql, type Kysely } from 'kysely'

// Frozen in time: this migration must never import today's schema types.
// Imports as undoable batches (what each created and what it changed, with the row
// as it was), and the column mappings a person fixed, remembered by file shape.

const statements = [
  `CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    rows_read INTEGER NOT NULL DEFAULT 0 CHECK (rows_read >= 0),
    created_count INTEGER NOT NULL DEFAULT 0 CHECK (created_count >= 0),
    updated_count INTEGER NOT NULL DEFAULT 0 CHECK (updated_count >= 0),
    skipped_count INTEGER NOT NULL DEFAULT 0 CHECK (skipped_count >= 0),
    rejected_count INTEGER NOT NULL DEFAULT 0 CHECK (rejected_count >= 0),
    undone_at TEXT
  ) STRICT`,
  // No foreign key to leads: a lead deleted after the import is simply not there to undo.
  `CREATE TABLE import_batch_leads (
    batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    lead_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('created','updated')),
    before TEXT CHECK (before IS NULL OR json_valid(before)),
    PRIMARY KEY (batch_id, lead_id)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE import_batch_records (
    batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('campaign','stage')),
    record_id INTEGER NOT NULL,
    PRIMARY KEY (batch_id, kind, record_id)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE import_mappings (
    shape TEXT PRIMARY KEY,
    mapping TEXT NOT NULL CHECK (json_valid(mapping)),
    options TEXT NOT NULL CHECK (json_valid(options)),
    updated_at TEXT NOT NULL
  ) STRICT`,
  // Duplicate detection by company + person name when a row has no email.
  `CREATE INDEX leads_by_company_person ON leads(company COLLATE NOCASE, person_name COLLATE NOCASE) WHERE company IS NOT NULL`,
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see 0001_initial.ts
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
