import { sql, type Kysely } from 'kysely'
import type { SqlDialect } from '../dialect'

// Frozen in time: this migration must never import today's schema types.
// Search finds a record by the text a firm keeps in its own fields (a VAT number, a LinkedIn
// address, an account manager's email, a second phone). Each entity gets one more search index,
// <table>_custom_fts, whose document is the record's text, long text, URL, email and phone custom
// values; choice, number, money, date and yes/no values are found with filters instead. The index
// is kept by triggers on custom_field_values, so every way a value is written — a form, an import,
// a merge moving values to the survivor, its undo, a record's deletion cascading to its values —
// keeps it in step without the writer knowing:
// - SQLite: a contentless FTS5 table (rowid = the record's id), as people_fts;
// - PostgreSQL: (id, words tsvector) with a GIN index, as people_fts.
// Archived fields stay in the document: their values are kept and still say who the record is.

const ENTITIES = [
  { table: 'leads', column: 'lead_id' },
  { table: 'people', column: 'person_id' },
  { table: 'organizations', column: 'organization_id' },
] as const

const SEARCHED_TYPES = `('text','long_text','url','email','phone')`
const TOKENIZE = `tokenize = 'unicode61 remove_diacritics 2'`

/** The searched values, one row per value, over custom_field_values `v`: a record's (`v.<column> = id`) or every record's. */
const valuesOf = (column: string, id: string | null) =>
  `FROM custom_field_values v JOIN custom_fields f ON f.id = v.field_id
   WHERE ${id === null ? `v.${column} IS NOT NULL` : `v.${column} = ${id}`} AND v.text_value IS NOT NULL AND f.type IN ${SEARCHED_TYPES}`

function sqliteStatements(): string[] {
  return ENTITIES.flatMap(({ table, column }) => {
    const fts = `${table}_custom_fts`
    // Aggregating with HAVING inserts nothing for a record left without searched values.
    const refresh = (id: string) =>
      `DELETE FROM ${fts} WHERE rowid = ${id}; INSERT INTO ${fts} (rowid, words) SELECT ${id}, group_concat(v.text_value, ' ') ${valuesOf(column, id)} HAVING count(*) > 0;`
    return [
      `CREATE VIRTUAL TABLE ${fts} USING fts5(words, content = '', contentless_delete = 1, ${TOKENIZE})`,
      `CREATE TRIGGER ${fts}_after_insert AFTER INSERT ON custom_field_values WHEN new.${column} IS NOT NULL BEGIN ${refresh(`new.${column}`)} END`,
      `CREATE TRIGGER ${fts}_after_delete AFTER DELETE ON custom_field_values WHEN old.${column} IS NOT NULL BEGIN ${refresh(`old.${column}`)} END`,
      `CREATE TRIGGER ${fts}_after_update AFTER UPDATE ON custom_field_values WHEN old.${column} IS NOT NULL OR new.${column} IS NOT NULL
       BEGIN ${refresh(`old.${column}`)} ${refresh(`new.${column}`)} END`,
      // A deleted record's document goes with it even if its values were removed first.
      `CREATE TRIGGER ${fts}_record_deleted AFTER DELETE ON ${table} BEGIN DELETE FROM ${fts} WHERE rowid = old.id; END`,
      `INSERT INTO ${fts} (rowid, words) SELECT v.${column}, group_concat(v.text_value, ' ') ${valuesOf(column, null)} GROUP BY v.${column}`,
    ]
  })
}

function postgresStatements(): string[] {
  const refreshCalls = (row: 'NEW' | 'OLD') =>
    ENTITIES.map(({ table, column }) => `IF ${row}.${column} IS NOT NULL THEN PERFORM baton_refresh_${table}_custom_fts(${row}.${column}); END IF;`).join('\n       ')
  return [
    ...ENTITIES.flatMap(({ table, column }) => {
      const fts = `${table}_custom_fts`
      return [
        `CREATE TABLE ${fts} (id bigint PRIMARY KEY REFERENCES ${table}(id) ON DELETE CASCADE, words tsvector NOT NULL)`,
        `CREATE INDEX ${fts}_words ON ${fts} USING gin (words)`,
        `CREATE FUNCTION baton_refresh_${fts}(record bigint) RETURNS void LANGUAGE sql SET search_path FROM CURRENT AS $$
           DELETE FROM ${fts} WHERE id = record;
           INSERT INTO ${fts} (id, words)
           SELECT record, to_tsvector('simple'::regconfig, baton_search_words(string_agg(v.text_value, ' ' ORDER BY v.field_id, v.item)))
           ${valuesOf(column, 'record')} AND EXISTS (SELECT 1 FROM ${table} r WHERE r.id = record)
           HAVING count(*) > 0;
         $$`,
      ]
    }),
    `CREATE FUNCTION baton_custom_values_fts_row() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP <> 'INSERT' THEN
       ${refreshCalls('OLD')}
       END IF;
       IF TG_OP <> 'DELETE' THEN
       ${refreshCalls('NEW')}
       END IF;
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER custom_values_fts_refresh AFTER INSERT OR UPDATE OR DELETE ON custom_field_values FOR EACH ROW EXECUTE FUNCTION baton_custom_values_fts_row()`,
    ...ENTITIES.map(
      ({ table, column }) =>
        `INSERT INTO ${table}_custom_fts (id, words)
         SELECT v.${column}, to_tsvector('simple'::regconfig, baton_search_words(string_agg(v.text_value, ' ' ORDER BY v.field_id, v.item)))
         ${valuesOf(column, null)}
         GROUP BY v.${column}`,
    ),
  ]
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see 0001_initial.ts
export async function up(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  const statements = dialect.engine === 'postgres' ? postgresStatements() : sqliteStatements()
  for (const statement of statements) await sql.raw(statement).execute(db)
}
