import { sql } from 'kysely'
import type { DuplicatePair, DuplicateReason, DuplicateSide, MergeKind } from '@shared/domain/merges'
import { nowIso } from '@shared/domain/dates'
import { AppError } from '@shared/errors'
import { dialectOf } from '../../db/dialect'
import type { Db } from '../context'

// Pairs of records that are likely one, found from what they hold: two people sharing an email
// address (any of theirs, ignoring case), two people of the same name (up to case, accents and
// spacing) at the same organisation, two organisations with the same domain or the same name
// (up to case and punctuation) — and the pairs the upgrade to people and organisations recorded.
// Each join runs on an index the matching already has; a pair marked "Not a duplicate" is left out.

interface FoundPair {
  first: number
  second: number
  reason: DuplicateReason
}

const notDismissed = (kind: MergeKind, a: string, b: string) =>
  sql`NOT EXISTS (SELECT 1 FROM dismissed_duplicates d WHERE d.kind = ${kind} AND d.first_id = ${sql.ref(a)} AND d.second_id = ${sql.ref(b)})`

async function personPairs(db: Db, limit: number): Promise<FoundPair[]> {
  const dialect = dialectOf(db)
  const caseless = (column: string) => dialect.caseless(column)
  const email = await sql<{ first: number; second: number }>`
    WITH addresses AS (SELECT id AS person_id, email FROM people WHERE email IS NOT NULL UNION SELECT person_id, email FROM person_emails)
    SELECT DISTINCT x.person_id AS first, y.person_id AS second FROM addresses x JOIN addresses y
      ON ${sql.raw(caseless('y.email'))} = ${sql.raw(caseless('x.email'))} AND y.person_id > x.person_id
    WHERE ${notDismissed('person', 'x.person_id', 'y.person_id')}
    ORDER BY 1, 2 LIMIT ${limit}`.execute(db)
  const name = await sql<{ first: number; second: number }>`
    SELECT a.id AS first, b.id AS second FROM people a JOIN people b ON b.organization_id = a.organization_id AND b.name_key = a.name_key AND b.id > a.id
    WHERE a.organization_id IS NOT NULL AND ${notDismissed('person', 'a.id', 'b.id')}
    ORDER BY 1, 2 LIMIT ${limit}`.execute(db)
  const recorded = await sql<{ first: number; second: number }>`
    SELECT r.person_id AS first, r.other_person_id AS second FROM likely_duplicate_people r
    WHERE r.dismissed_at IS NULL AND ${notDismissed('person', 'r.person_id', 'r.other_person_id')}
    ORDER BY 1, 2 LIMIT ${limit}`.execute(db)
  return [
    ...email.rows.map((row) => ({ ...row, reason: 'same_email' as const })),
    ...name.rows.map((row) => ({ ...row, reason: 'same_name' as const })),
    ...recorded.rows.map((row) => ({ ...row, reason: 'recorded' as const })),
  ]
}

async function organizationPairs(db: Db, limit: number): Promise<FoundPair[]> {
  const domain = await sql<{ first: number; second: number }>`
    SELECT a.id AS first, b.id AS second FROM organizations a JOIN organizations b ON b.domain = a.domain AND b.id > a.id
    WHERE a.domain IS NOT NULL AND ${notDismissed('organization', 'a.id', 'b.id')}
    ORDER BY 1, 2 LIMIT ${limit}`.execute(db)
  const name = await sql<{ first: number; second: number }>`
    SELECT a.id AS first, b.id AS second FROM organizations a JOIN organizations b ON b.name_key = a.name_key AND b.id > a.id
    WHERE ${notDismissed('organization', 'a.id', 'b.id')}
    ORDER BY 1, 2 LIMIT ${limit}`.execute(db)
  return [...domain.rows.map((row) => ({ ...row, reason: 'same_domain' as const })), ...name.rows.map((row) => ({ ...row, reason: 'same_name' as const }))]
}

async function sidesOf(db: Db, kind: MergeKind, ids: number[]): Promise<Map<number, DuplicateSide>> {
  if (ids.length === 0) return new Map()
  const where = dialectOf(db).idIn('p.id', ids)
  const { rows } =
    kind === 'person'
      ? await sql<{ id: number; name: string; detail: string | null; organization_name: string | null; deals: number; created_at: string }>`
          SELECT p.id, p.name, p.email AS detail, (SELECT o.name FROM organizations o WHERE o.id = p.organization_id) AS organization_name,
            (SELECT count(*) FROM leads l WHERE l.person_id = p.id) AS deals, p.created_at
          FROM people p WHERE ${where}`.execute(db)
      : await sql<{ id: number; name: string; detail: string | null; organization_name: string | null; deals: number; created_at: string }>`
          SELECT p.id, p.name, p.domain AS detail, NULL AS organization_name,
            (SELECT count(*) FROM leads l WHERE l.organization_id = p.id) AS deals, p.created_at
          FROM organizations p WHERE ${where}`.execute(db)
  return new Map(
    rows.map((row) => [
      Number(row.id),
      { id: Number(row.id), name: row.name, detail: row.detail, organizationName: row.organization_name, deals: Number(row.deals), createdAt: row.created_at },
    ]),
  )
}

/** Likely duplicates of one kind, most certain reason first, each pair once (oldest record first). */
export async function duplicatePairs(db: Db, kind: MergeKind, limit: number): Promise<DuplicatePair[]> {
  const found = kind === 'person' ? await personPairs(db, limit) : await organizationPairs(db, limit)
  const pairs = new Map<string, FoundPair>()
  for (const pair of found) {
    const key = `${Number(pair.first)}:${Number(pair.second)}`
    if (!pairs.has(key)) pairs.set(key, { first: Number(pair.first), second: Number(pair.second), reason: pair.reason })
  }
  const chosen = [...pairs.values()].slice(0, limit)
  const sides = await sidesOf(db, kind, [...new Set(chosen.flatMap((pair) => [pair.first, pair.second]))])
  return chosen.flatMap((pair) => {
    const first = sides.get(pair.first)
    const second = sides.get(pair.second)
    return first && second ? [{ kind, reason: pair.reason, first, second }] : []
  })
}

/** "Not a duplicate": remembered for the pair (in id order), and on the upgrade's record of it. */
export async function dismissDuplicate(db: Db, kind: MergeKind, a: number, b: number): Promise<{ dismissed: true }> {
  if (a === b) throw new AppError('invalid_input', 'Pick two different records.', 'secondId')
  const [first, second] = a < b ? [a, b] : [b, a]
  const now = nowIso()
  await db.transaction().execute(async (trx) => {
    await sql`INSERT INTO dismissed_duplicates (kind, first_id, second_id, dismissed_at) VALUES (${kind}, ${first}, ${second}, ${now}) ON CONFLICT DO NOTHING`.execute(trx)
    if (kind === 'person') {
      await trx.updateTable('likely_duplicate_people').set({ dismissed_at: now }).where('person_id', '=', first).where('other_person_id', '=', second).execute()
    }
  })
  return { dismissed: true }
}
