import { sql, type Kysely } from 'kysely'

// Frozen in time: this migration must never import today's schema types.
// Desktop polish: the firm's team members (the owner field picks from them), the
// display and notification settings, and a full-text index for the command palette.

// One external-content FTS5 table per kind, so each kind ranks on its own columns and
// the index stores no second copy of the text. Triggers keep it in step; UPDATE triggers
// fire only for the indexed columns, so board moves never touch the index.
const TOKENIZE = `tokenize = 'unicode61 remove_diacritics 2'`

interface Indexed {
  table: string
  fts: string
  columns: string[]
  /** A bulk writer may index its new rows in one statement at its end (see search_index_deferred). */
  deferrable?: boolean
}

const INDEXED: Indexed[] = [
  { table: 'leads', fts: 'leads_fts', columns: ['person_name', 'company', 'email', 'notes'], deferrable: true },
  { table: 'campaigns', fts: 'campaigns_fts', columns: ['name', 'objective', 'notes'] },
  { table: 'goals', fts: 'goals_fts', columns: ['title', 'description'] },
  { table: 'activities', fts: 'activities_fts', columns: ['subject', 'body'] },
]

// An import sets above_id to the largest lead id before it, inside its own transaction:
// the triggers then leave the rows it creates alone, and it indexes them all with one
// INSERT … SELECT before it commits (a third of the time of a trigger call per row). Rows
// that were there before keep their triggers. Other connections never see it set: the import
// holds the write lock from its first write to its commit, and resets it before committing.
const DEFERRED = `(SELECT above_id FROM search_index_deferred WHERE id = 1)`

function ftsStatements({ table, fts, columns, deferrable }: Indexed): string[] {
  const list = columns.join(', ')
  const whenNew = deferrable ? `WHEN ${DEFERRED} IS NULL ` : ''
  const whenOld = deferrable ? `WHEN ${DEFERRED} IS NULL OR old.id <= ${DEFERRED} ` : ''
  const newValues = columns.map((c) => `new.${c}`).join(', ')
  const oldValues = columns.map((c) => `old.${c}`).join(', ')
  const remove = `INSERT INTO ${fts}(${fts}, rowid, ${list}) VALUES ('delete', old.id, ${oldValues});`
  const add = `INSERT INTO ${fts}(rowid, ${list}) VALUES (new.id, ${newValues});`
  return [
    `CREATE VIRTUAL TABLE ${fts} USING fts5(${list}, content = '${table}', content_rowid = 'id', ${TOKENIZE})`,
    `CREATE TRIGGER ${fts}_after_insert AFTER INSERT ON ${table} ${whenNew}BEGIN ${add} END`,
    `CREATE TRIGGER ${fts}_after_delete AFTER DELETE ON ${table} ${whenOld}BEGIN ${remove} END`,
    `CREATE TRIGGER ${fts}_after_update AFTER UPDATE OF ${list} ON ${table} ${whenOld}BEGIN ${remove} ${add} END`,
    // Builds the index for the rows already in the file.
    `INSERT INTO ${fts}(${fts}) VALUES ('rebuild')`,
  ]
}

const statements = [
  `CREATE TABLE team_members (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    email TEXT,
    archived_at TEXT,
    created_at TEXT NOT NULL
  ) STRICT`,
  // Everyone already named as the owner of a lead or a goal becomes a member, so nothing loses its owner.
  `INSERT INTO team_members (name, created_at)
     SELECT min(name), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     FROM (SELECT trim(owner) AS name FROM leads WHERE owner IS NOT NULL AND trim(owner) <> ''
           UNION ALL SELECT trim(owner) FROM goals WHERE owner IS NOT NULL AND trim(owner) <> '')
     GROUP BY name COLLATE NOCASE`,
  // One spelling per person, so renaming a member renames every lead and goal they own.
  `UPDATE leads SET owner = (SELECT m.name FROM team_members m WHERE m.name = trim(leads.owner))
     WHERE owner IS NOT NULL AND trim(owner) <> ''`,
  `UPDATE goals SET owner = (SELECT m.name FROM team_members m WHERE m.name = trim(goals.owner))
     WHERE owner IS NOT NULL AND trim(owner) <> ''`,
  // Whoever is named as an owner from now on — by a form, a bulk edit, an import or the
  // sample — joins the team, so the owner pickers always offer them. The NOT EXISTS (an index
  // lookup) keeps the insert itself for new names only: run for every row, it tripled the cost
  // of writing 100,000 leads.
  ...['leads', 'goals'].flatMap((table) =>
    ['INSERT', 'UPDATE OF owner'].map(
      (event) => `CREATE TRIGGER ${table}_owner_joins_team_after_${event.startsWith('INSERT') ? 'insert' : 'update'} AFTER ${event} ON ${table}
        WHEN new.owner IS NOT NULL AND trim(new.owner) <> '' AND NOT EXISTS (SELECT 1 FROM team_members WHERE name = trim(new.owner))
        BEGIN INSERT OR IGNORE INTO team_members (name, created_at) VALUES (trim(new.owner), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END`,
    ),
  ),
  `ALTER TABLE settings ADD COLUMN theme TEXT NOT NULL DEFAULT 'system' CHECK (theme IN ('system','light','dark'))`,
  `ALTER TABLE settings ADD COLUMN notifications_enabled INTEGER NOT NULL DEFAULT 1 CHECK (notifications_enabled IN (0, 1))`,
  // Quiet hours as minutes after local midnight; both null means none.
  `ALTER TABLE settings ADD COLUMN quiet_start_minute INTEGER CHECK (quiet_start_minute BETWEEN 0 AND 1439)`,
  `ALTER TABLE settings ADD COLUMN quiet_end_minute INTEGER CHECK (quiet_end_minute BETWEEN 0 AND 1439)`,
  `CREATE TABLE search_index_deferred (id INTEGER PRIMARY KEY CHECK (id = 1), above_id INTEGER) STRICT`,
  `INSERT INTO search_index_deferred (id, above_id) VALUES (1, NULL)`,
  ...INDEXED.flatMap(ftsStatements),
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen and must not see today's schema
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
