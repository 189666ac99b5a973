import { sql, type RawBuilder } from 'kysely'
import type { SqlDialect } from '../../db/dialect'

// Who a lead is with, as SQL over a lead row under an alias: the one definition of a lead's
// segment, its customer and its tags, used by every read, filter and figure (the board, the lead
// table, segments, the metrics). Subqueries on the primary keys rather than joins, so a fragment
// drops into any query without adding to its FROM (and SQLite keeps cached plans; see findLead).

/**
 * A lead's segment: its organisation's, else its person's. Segments describe who someone is, so
 * they live on the person and the organisation, never on the deal.
 */
export const leadSegmentSql = (lead: string) =>
  `coalesce((SELECT seg_o.segment_id FROM organizations seg_o WHERE seg_o.id = ${lead}.organization_id), (SELECT seg_p.segment_id FROM people seg_p WHERE seg_p.id = ${lead}.person_id))`

/** A person's segment by the same rule: their organisation's, else their own (`person` is a people row). */
export const personSegmentSql = (person: string) =>
  `coalesce((SELECT seg_o.segment_id FROM organizations seg_o WHERE seg_o.id = ${person}.organization_id), ${person}.segment_id)`

/**
 * A lead's customer, once it is won: its organisation, or its person when it has none — so a
 * company counts once however many of its people bought. Two columns, the kind and the id (ids of
 * the two tables overlap); group and join on both. No subquery: both are the lead's own columns,
 * and the leads_customers_by_close, leads_by_organization and leads_by_person indexes cover them.
 */
export const leadCustomerKindSql = (lead: string) => `(CASE WHEN ${lead}.organization_id IS NULL THEN 'person' ELSE 'organization' END)`
export const leadCustomerIdSql = (lead: string) => `coalesce(${lead}.organization_id, ${lead}.person_id)`

/** A lead's tags as one JSON array (text, in order): its person's, or its organisation's when it has no person. */
export const leadTagsJsonSql = (dialect: SqlDialect, lead: string) =>
  `(CASE WHEN ${lead}.person_id IS NULL THEN ${dialect.jsonArrayOf('tag', `organization_tags WHERE organization_id = ${lead}.organization_id`, 'tag')}
    ELSE ${dialect.jsonArrayOf('tag', `person_tags WHERE person_id = ${lead}.person_id`, 'tag')} END)`

/** The lead has `tag`, in any case: its person has it, or its organisation when it has no person. */
export const leadHasTag = (lead: string, tag: string): RawBuilder<boolean> => {
  const column = (name: string) => sql.ref(`${lead}.${name}`)
  return sql<boolean>`(CASE WHEN ${column('person_id')} IS NULL
    THEN EXISTS (SELECT 1 FROM organization_tags tag_o WHERE tag_o.organization_id = ${column('organization_id')} AND tag_o.tag = ${tag})
    ELSE EXISTS (SELECT 1 FROM person_tags tag_p WHERE tag_p.person_id = ${column('person_id')} AND tag_p.tag = ${tag}) END)`
}

/** Who the lead is with, read from its person and organisation: the columns toLead maps. */
export const leadPartyColumns = (lead: string) =>
  [
    `(SELECT name FROM people WHERE id = ${lead}.person_id) AS person_name`,
    `(SELECT email FROM people WHERE id = ${lead}.person_id) AS email`,
    `(SELECT phone FROM people WHERE id = ${lead}.person_id) AS phone`,
    `(SELECT name FROM organizations WHERE id = ${lead}.organization_id) AS company`,
    `${leadSegmentSql(lead)} AS segment_id`,
  ].join(', ')
