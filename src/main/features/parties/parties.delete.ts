import { sql } from 'kysely'
import { AppError } from '@shared/errors'
import { countOf, noun } from '@shared/domain/plural'
import type { Trx } from '../context'
import { idIn } from '../leads/idList'
import { PARTY, type PartyKind } from './parties'

// Deleting people or organisations: never from under their deals. Refused (saying how many deals
// and whose) unless the person asked to delete those deals too; an organisation's people stay,
// without it.

const DEAL = noun('deal')

/**
 * Deletes the parties `ids` of one kind in the caller's transaction, and with `deleteLeads` their
 * deals first (every activity, touch and stage change of those goes with them). Returns how many
 * parties and deals went.
 */
export async function deleteParties(trx: Trx, kind: PartyKind, ids: number[], deleteLeads: boolean): Promise<{ deleted: number; leadsDeleted: number }> {
  const { table, key, one, many } = PARTY[kind]
  const held = await sql<{ name: string; n: number }>`
    SELECT p.name, (SELECT count(*) FROM leads l WHERE ${sql.ref(`l.${key}`)} = p.id) AS n
    FROM ${sql.table(table)} p WHERE ${idIn(trx, ids, 'p.id')} ORDER BY p.name, p.id`.execute(trx)
  const withDeals = held.rows.filter((row) => Number(row.n) > 0)
  const dealCount = withDeals.reduce((sum, row) => sum + Number(row.n), 0)
  if (withDeals.length > 0 && !deleteLeads) {
    const first = withDeals[0] as { name: string; n: number }
    const who = withDeals.length === 1 ? `${first.name} has ${countOf(Number(first.n), DEAL)}` : `${countOf(withDeals.length, noun(one, many))} have ${countOf(dealCount, DEAL)} between them`
    throw new AppError('rule', `Couldn't delete: ${who}. Delete ${dealCount === 1 ? 'that deal' : 'those deals'} too, or give ${dealCount === 1 ? 'it' : 'them'} to someone else first.`)
  }
  let leadsDeleted = 0
  if (deleteLeads && dealCount > 0) {
    const gone = await sql`DELETE FROM leads WHERE ${idIn(trx, ids, key)}`.execute(trx)
    leadsDeleted = Number(gone.numAffectedRows ?? 0)
  }
  const result = await sql`DELETE FROM ${sql.table(table)} WHERE ${idIn(trx, ids, 'id')}`.execute(trx)
  return { deleted: Number(result.numAffectedRows ?? 0), leadsDeleted }
}
