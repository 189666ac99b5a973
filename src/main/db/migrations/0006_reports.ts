import { sql, type Kysely } from 'kysely'

// Reports: the firm's name for report headers, the folder the last export went to (so
// the save dialog opens there again), and report settings saved by name.
const statements = [
  `ALTER TABLE settings ADD COLUMN firm_name TEXT NOT NULL DEFAULT ''`,
  `ALTER TABLE settings ADD COLUMN last_export_dir TEXT`,
  `CREATE TABLE saved_reports (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL,
    settings TEXT NOT NULL CHECK (json_valid(settings)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen and must not see today's schema
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
