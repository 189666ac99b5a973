import { sql } from 'kysely'
import type { ColumnInfo, ForeignKey, SearchDocument, SqlDialect } from './dialect'
import { numberPlaceholders } from './placeholders'
import { likePattern } from './sqlite'
import { offsetCase } from './zones'

// PostgreSQL as Baton uses it: times and days are ISO-8601 text like on SQLite, money and ids
// bigint (read back as JavaScript numbers), booleans 0/1 integers, COLLATE NOCASE columns citext.

const pathLiteral = (keys: readonly string[]) => `{${keys.join(',')}}`

// Zones this process has asked a server about: whether its time zone database has each name.
const zonesKnown = new Map<string, boolean>()
const SEARCH_WEIGHTS = ['A', 'B', 'C', 'D'] as const

export const postgresDialect: SqlDialect = {
  engine: 'postgres',
  placeholders: numberPlaceholders,

  // The workspace database uses the C locale, so ILIKE, lower() and citext fold ASCII only — as SQLite does.
  contains: (expression, text) => sql<boolean>`${expression} ILIKE ${likePattern(text)} ESCAPE '\\'`,
  caseless: (expression) => `lower(${expression})`,
  equalsCaseless: (expression, value) => sql<boolean>`lower(${sql.raw(expression)}) = lower(${value})`,

  jsonArrayOf: (value, fromWhere, orderBy) => `(SELECT coalesce(json_agg(${value} ORDER BY ${orderBy})::text, '[]') FROM ${fromWhere})`,
  jsonText: (column, keys) => sql<string | null>`(CASE WHEN baton_is_json(${sql.ref(column)}) THEN ${sql.ref(column)}::jsonb #>> ${pathLiteral(keys)} END)`,
  jsonWithText: (column, keys, value) => sql<string>`jsonb_set(${sql.ref(column)}::jsonb, ${pathLiteral(keys)}, to_jsonb(CAST(${value} AS text)))::text`,
  idIn: (column, ids) => sql<boolean>`${sql.ref(column)} = ANY(CAST(${ids} AS bigint[]))`,

  greatest: (a, b) => `greatest(${a}, ${b})`,
  least: (a, b) => `least(${a}, ${b})`,
  daysBetween: (from, to) =>
    `(CAST(round(EXTRACT(EPOCH FROM (CAST(${to} AS timestamptz) - CAST(${from} AS timestamptz))) * 1000) AS double precision) / CAST(86400000 AS double precision))`,
  // CAST alone would round; SQLite's CAST truncates.
  wholeDaysBetween: (from, to) => `CAST(trunc(EXTRACT(EPOCH FROM (CAST(${to} AS timestamptz) - CAST(${from} AS timestamptz))) / 86400.0) AS bigint)`,
  weekStartOf: (day, weekStart) =>
    `to_char(CAST(${day} AS date) - ((EXTRACT(DOW FROM CAST(${day} AS date))::int - ${Math.trunc(weekStart) % 7} + 7) % 7), 'YYYY-MM-DD')`,
  monthStartOf: (day) => `(substr(${day}, 1, 7) || '-01')`,
  nowIso: `to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  // An instant becomes the firm's wall-clock timestamp with AT TIME ZONE: by the zone's name, or, on
  // a server whose time zone database lacks it, by the offsets Intl gives (an interval per span).
  // date_trunc('week') starts weeks on Monday: a week starting on another day is found by stepping
  // back to Monday's place and forward again.
  calendarBucket(unit, column, holds, clock) {
    const zone = clock.zoneByName ? `'${clock.zone.replace(/'/g, "''")}'` : offsetCase(column, clock.offsets(), (minutes) => `INTERVAL '${minutes} minutes'`)
    const local = holds === 'day' ? `CAST(${column} AS timestamp)` : `(CAST(${column} AS timestamptz) AT TIME ZONE ${zone})`
    switch (unit) {
      case 'day':
        return holds === 'day' ? `substr(${column}, 1, 10)` : `to_char(${local}, 'YYYY-MM-DD')`
      case 'week': {
        const back = (clock.weekStart + 6) % 7
        const weekOf = back === 0 ? `date_trunc('week', ${local})` : `(date_trunc('week', ${local} - INTERVAL '${back} days') + INTERVAL '${back} days')`
        return `to_char(${weekOf}, 'YYYY-MM-DD')`
      }
      case 'month':
        return holds === 'day' ? `(substr(${column}, 1, 7) || '-01')` : `(to_char(${local}, 'YYYY-MM') || '-01')`
    }
  },
  // pg_timezone_names reads the server's whole zone folder: asked once per zone, not per page.
  async knowsZone(db, zone) {
    let known = zonesKnown.get(zone)
    if (known === undefined) {
      const { rows } = await sql<{ known: boolean }>`SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = ${zone}) AS known`.execute(db)
      known = rows[0]?.known === true
      zonesKnown.set(zone, known)
    }
    return known
  },

  // The baseline made one IMMUTABLE function per document, baton_search_<table>(columns…),
  // that folds accents and splits words at punctuation as FTS5's unicode61 does, weighting
  // the columns A, B, C, D in order; a GIN index on it answers the match.
  // A stored document's words are kept in <table>_fts (id, words) by triggers, with a GIN index on words.
  search(document: SearchDocument, alias: string, words: readonly string[]) {
    const stored = `${alias}_fts`
    const columns = document.columns.map(([column]) => sql.ref(`${alias}.${column}`))
    const vector = document.stored ? sql.ref(`${stored}.words`) : sql`${sql.raw(`baton_search_${document.table}`)}(${sql.join(columns)})`
    const query = sql`to_tsquery('simple', baton_unaccent(${words.map((word) => `'${word}':*`).join(' & ')}))`
    // ts_rank's weights run D, C, B, A; each column's share of the heaviest.
    const top = Math.max(...document.columns.map(([, weight]) => weight))
    const byLetter = new Map(document.columns.map(([, weight], i) => [SEARCH_WEIGHTS[i], weight / top]))
    const weights = [...SEARCH_WEIGHTS].reverse().map((letter) => (byLetter.get(letter) ?? 0.1).toFixed(3))
    return {
      from: document.stored
        ? sql`${sql.table(document.index ?? `${document.table}_fts`)} ${sql.raw(stored)} JOIN ${sql.table(document.table)} ${sql.raw(alias)} ON ${sql.ref(`${alias}.id`)} = ${sql.ref(`${stored}.id`)}`
        : sql`${sql.table(document.table)} ${sql.raw(alias)}`,
      where: sql<boolean>`${vector} @@ ${query}`,
      rank: sql<number>`-ts_rank(${sql.raw(`'{${weights.join(',')}}'`)}::float4[], ${vector}, ${query})`,
    }
  },

  // A lock named after the row (an advisory lock held to the end of the transaction), not the
  // row itself: the writers that ask for it take turns exactly as with FOR UPDATE, and it needs
  // no right to change the row (a team's members may not change stages, yet their moves into
  // one stage must take turns). Nor does it hold the row against foreign key checks: with a row
  // lock, two moves in opposite directions between two stages deadlocked on stage history's key
  // check (found by the bench's team-20-clients; leads.service.test.ts keeps it found).
  async lockRow(trx, table, id) {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${table}), hashtext(${String(id)}))`.execute(trx)
  },
  // session_user, not current_user: the login stays the member's whatever role a statement runs as.
  signedInLogin: () => sql<string | null>`session_user`,
  // An identity column counts on from its own sequence, which rows given an id do not move.
  async idsTaken(db, tables) {
    for (const table of tables) {
      await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), coalesce((SELECT max(id) FROM ${sql.table(table)}), 0) + 1, false)`.execute(db)
    }
  },

  async tableNames(db) {
    const { rows } = await sql<{ name: string }>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db)
    // A search index table (<table>_fts, filled by triggers) is not Baton's data, as on SQLite.
    return rows.map((r) => r.name).filter((name) => !/_fts$/.test(name))
  },
  async columnsOf(db, table) {
    const { rows } = await sql<{ name: string; type: string; nullable: string }>`
      SELECT column_name AS name, CASE WHEN data_type = 'USER-DEFINED' THEN udt_name ELSE data_type END AS type, is_nullable AS nullable
      FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = ${table}
      ORDER BY ordinal_position`.execute(db)
    return rows.map((r): ColumnInfo => ({ name: r.name, type: r.type, notNull: r.nullable === 'NO' }))
  },
  async foreignKeysOf(db, table) {
    const { rows } = await sql<ForeignKey>`
      SELECT a.attname AS "column", parent.relname AS "references" FROM pg_constraint c
      JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
      WHERE c.contype = 'f' AND child.relname = ${table} AND child.relnamespace = current_schema()::regnamespace
      ORDER BY 1, 2`.execute(db)
    return rows
  },
}
