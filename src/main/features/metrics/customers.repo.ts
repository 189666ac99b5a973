import { sql } from 'kysely'
import type { CustomerFigures, Purchase } from '@shared/domain/customers'
import { readFirmCalendar } from '../../db/calendar'
import type { Db } from '../context'

// A person's or an organisation's figures as a customer, defined once: their pages read
// partyFigures, their tables sort and show wonRevenueOfSql — the same won deals, the same sum.
// (A customer is the organisation of a won deal, or its person without one: leads.parties.ts's
// leadCustomerKindSql/leadCustomerIdSql; the retention figures over customers build on these.)

export type Party = { kind: 'person' | 'organization'; id: number }

const KEY = { person: 'person_id', organization: 'organization_id' } as const

/** A won deal: closed in its pipeline's Won stage. `lead` is the lead's alias. */
export const wonLeadSql = (lead: string) => `${lead}.closed_at IS NOT NULL AND (SELECT kind FROM stages WHERE id = ${lead}.stage_id) = 'won'`

/** The won revenue to date of the party whose row is `alias` (people or organizations), as a correlated subquery. */
export const wonRevenueOfSql = (kind: Party['kind'], alias: string) =>
  `(SELECT coalesce(sum(wr.value_minor), 0) FROM leads wr WHERE wr.${KEY[kind]} = ${alias}.id AND ${wonLeadSql('wr')})`

/** How many of the party's deals are still open. */
export const openDealsOfSql = (kind: Party['kind'], alias: string) => `(SELECT count(*) FROM leads od WHERE od.${KEY[kind]} = ${alias}.id AND od.closed_at IS NULL)`

/** The latest activity done on any of the party's deals. */
export const lastActivityOfSql = (kind: Party['kind'], alias: string) => `(SELECT max(la.last_activity_at) FROM leads la WHERE la.${KEY[kind]} = ${alias}.id)`

interface Row {
  id: number
  closed_at: string | null
  value_minor: number
  won: number
}

/** Lifetime revenue, deals won and open, first and last purchase and customer since, for one person or organisation. */
export async function partyFigures(db: Db, party: Party): Promise<CustomerFigures> {
  const { rows } = await sql<Row>`
    SELECT l.id, l.closed_at, l.value_minor, CASE WHEN ${sql.raw(wonLeadSql('l'))} THEN 1 ELSE 0 END AS won
    FROM leads l WHERE ${sql.ref(`l.${KEY[party.kind]}`)} = ${party.id}
    ORDER BY l.closed_at, l.id`.execute(db)
  const won = rows.filter((row) => Number(row.won) === 1)
  const open = rows.filter((row) => row.closed_at === null)
  const purchase = (row: Row | undefined): Purchase | null => (row ? { leadId: row.id, closedAt: row.closed_at as string, valueMinor: Number(row.value_minor) } : null)
  const first = purchase(won[0])
  const last = purchase(won[won.length - 1])
  const calendar = first ? await readFirmCalendar(db) : null
  return {
    lifetimeRevenueMinor: won.reduce((sum, row) => sum + Number(row.value_minor), 0),
    wonDeals: won.length,
    openDeals: open.length,
    openValueMinor: open.reduce((sum, row) => sum + Number(row.value_minor), 0),
    firstPurchase: first,
    lastPurchase: last,
    customerSince: first && calendar ? calendar.dayOf(first.closedAt) : null,
    lastPurchaseOn: last && calendar ? calendar.dayOf(last.closedAt) : null,
  }
}
