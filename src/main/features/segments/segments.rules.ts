import { sql } from 'kysely'
import { nowIso } from '@shared/domain/dates'
import { dialectOf } from '../../db/dialect'
import type { Db } from '../context'

// A segment's rule, "‹choice field› is ‹option›", puts the people or organisations with that
// choice in the segment: when the rule is saved, and whenever such a value is written later (a
// form, an import, a merge). A rule only adds: someone put in a segment by hand, or whose value
// changes since, stays where they are until moved. When several rules match, the oldest segment
// wins, and someone already in one of the segments that match is left there.

type RuleEntity = 'person' | 'organization'

const PARTY_TABLE = { person: { table: 'people', key: 'person_id' }, organization: { table: 'organizations', key: 'organization_id' } } as const

/** Does any segment have a rule on a field of this entity? (Most workspaces: no, and writes skip the rest.) */
async function hasRules(db: Db, entity: RuleEntity, segmentId?: number): Promise<boolean> {
  const { rows } = await sql<{ id: number }>`SELECT s.id FROM segments s JOIN custom_fields f ON f.id = s.rule_field_id
    WHERE f.entity = ${entity} AND s.rule_option IS NOT NULL ${segmentId === undefined ? sql`` : sql`AND s.id = ${segmentId}`} LIMIT 1`.execute(db)
  return rows.length > 0
}

/**
 * Puts the records that match a rule in its segment: every record of the entity, or only `ids`
 * (the ones just written); every segment's rule, or one segment's. Returns how many moved.
 */
export async function applySegmentRules(db: Db, entity: RuleEntity, scope: { ids?: readonly number[]; segmentId?: number } = {}): Promise<number> {
  if (scope.ids?.length === 0 || !(await hasRules(db, entity, scope.segmentId))) return 0
  const { table, key } = PARTY_TABLE[entity]
  const record = sql.ref(`${table}.id`)
  const matching = (what: string, extra = sql``) => sql`SELECT ${sql.raw(what)} FROM segments s JOIN custom_fields f ON f.id = s.rule_field_id AND f.entity = ${entity}
    JOIN custom_field_values v ON v.field_id = s.rule_field_id AND v.text_value = s.rule_option
    WHERE ${sql.ref(`v.${key}`)} = ${record} ${scope.segmentId === undefined ? sql`` : sql`AND s.id = ${scope.segmentId}`} ${extra}`
  const ids = scope.ids === undefined ? sql`` : sql`AND ${dialectOf(db).idIn(`${table}.id`, scope.ids)}`
  const result = await sql`UPDATE ${sql.table(table)}
    SET segment_id = (${matching('min(s.id)')}), version = version + 1, updated_at = ${nowIso()}
    WHERE EXISTS (${matching('1')}) AND NOT EXISTS (${matching('1', sql`AND s.id = ${sql.ref(`${table}.segment_id`)}`)}) ${ids}`.execute(db)
  return Number(result.numAffectedRows ?? 0)
}
