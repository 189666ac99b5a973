import { sql, type Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import { execute, queryColumn, queryRows, queryValue } from '../../../../test/fixtures/sql'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import type { Database } from '../schema'

// Migration 0011's triggers on PostgreSQL, which (unlike SQLite) fires triggers from inside
// triggers: a settle that changes the source fires the lead's trigger, a re-pointed touch fires
// the touch's. Each must find nothing left to change and stop there. PostgreSQL counts every
// call of a plpgsql function once track_functions is on; the counts a session has not yet handed
// to the statistics (which it does only between transactions) are read before and after the write.

const FUNCTIONS = [
  'baton_touchpoints_source_before_insert',
  'baton_touchpoints_source_after_insert',
  'baton_touchpoints_source_after_update',
  'baton_touchpoints_source_after_delete',
  'baton_leads_source_is_first_touch',
  'baton_settle_source',
] as const

type Calls = Partial<Record<(typeof FUNCTIONS)[number], number>>

/** Runs `write` in a transaction and returns how often each trigger function ran (those that ran). */
async function callsDuring(db: Kysely<Database>, write: (trx: Kysely<Database>) => Promise<void>): Promise<Calls> {
  return db.transaction().execute(async (trx) => {
    await execute(trx, sql`SET LOCAL track_functions = 'pl'`)
    const count = (name: string) => queryValue(trx, sql`SELECT coalesce(pg_stat_get_xact_function_calls(${name}::regproc::oid), 0)`).then(Number)
    const before = new Map<string, number>()
    for (const name of FUNCTIONS) before.set(name, await count(name))
    await write(trx)
    const calls: Calls = {}
    for (const name of FUNCTIONS) {
      const n = (await count(name)) - (before.get(name) ?? 0)
      if (n > 0) calls[name] = n
    }
    return calls
  })
}

describe('the first-touch triggers on PostgreSQL', () => {
  const database = useTestDatabase()

  it('stop after one round, whichever write starts them', async () => {
    const { db } = database()
    const at = '2026-01-05T10:00:00.000Z'
    const campaigns = await queryColumn<number>(
      db,
      sql`INSERT INTO campaigns (name, channel, created_at, updated_at) VALUES ('A', 'email', ${at}, ${at}), ('B', 'seo', ${at}, ${at}), ('C', 'event', ${at}, ${at}), ('D', 'video', ${at}, ${at}) RETURNING id`,
    )
    const [a, b, c, d] = campaigns as [number, number, number, number]
    const person = await queryValue<number>(db, sql`INSERT INTO people (name, name_key, created_at, updated_at) VALUES ('Dana Li', 'danali', ${at}, ${at}) RETURNING id`)
    const lead = await queryValue<number>(
      db,
      sql`INSERT INTO leads (person_id, source_campaign_id, pipeline_id, stage_id, position, created_at, updated_at, stage_entered_at)
          VALUES (${person}, ${a}, 1, 1, 1, ${at}, ${at}, ${at}) RETURNING id`,
    )
    const state = async () => ({
      source: await queryValue(db, sql`SELECT source_campaign_id FROM leads WHERE id = ${lead}`),
      touches: (await queryRows<{ campaign_id: number }>(db, sql`SELECT campaign_id FROM touchpoints WHERE lead_id = ${lead} ORDER BY at, id`)).map((t) => t.campaign_id),
    })

    // Another campaign touches a lead whose source has no touch yet: the implied touch is written
    // first (its own insert fires the insert triggers once more, which leave it be).
    const touched = await callsDuring(db, (trx) => execute(trx, sql`INSERT INTO touchpoints (lead_id, campaign_id, at) VALUES (${lead}, ${b}, '2026-02-01T09:00:00.000Z')`))
    expect(touched).toEqual({ baton_touchpoints_source_before_insert: 2, baton_touchpoints_source_after_insert: 2, baton_settle_source: 1 })
    expect(await state()).toEqual({ source: a, touches: [a, b] })

    // A new source re-points the first touch; the touch's trigger then finds them agreeing.
    const resourced = await callsDuring(db, (trx) => execute(trx, sql`UPDATE leads SET source_campaign_id = ${c} WHERE id = ${lead}`))
    expect(resourced).toEqual({ baton_leads_source_is_first_touch: 1, baton_touchpoints_source_after_update: 1, baton_settle_source: 2 })
    expect(await state()).toEqual({ source: c, touches: [c, b] })

    // A touch dated before the first one settles the source; the lead's trigger then finds them agreeing.
    const backdated = await callsDuring(db, (trx) => execute(trx, sql`INSERT INTO touchpoints (lead_id, campaign_id, at) VALUES (${lead}, ${d}, '2025-12-01T09:00:00.000Z')`))
    expect(backdated).toEqual({
      baton_touchpoints_source_before_insert: 1,
      baton_touchpoints_source_after_insert: 1,
      baton_settle_source: 1,
      baton_leads_source_is_first_touch: 1,
    })
    expect(await state()).toEqual({ source: d, touches: [d, c, b] })

    // Clearing the source removes its touch and hands the source on, in one round.
    const cleared = await callsDuring(db, (trx) => execute(trx, sql`UPDATE leads SET source_campaign_id = NULL WHERE id = ${lead}`))
    expect(cleared).toEqual({ baton_leads_source_is_first_touch: 2, baton_touchpoints_source_after_delete: 1 })
    expect(await state()).toEqual({ source: c, touches: [c, b] })
  })
})
