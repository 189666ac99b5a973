import { offsetMinutesAt } from '@shared/domain/firmClock'
import { readFirmCalendar } from '../../db/calendar'
import { dialectOf } from '../../db/dialect'
import type { Db } from '../context'
import type { CampaignScale } from './campaign-plan'
import { planSample } from './plan'
import { ID_TABLES, loadSampleRefs } from './refs'
import { writeSampleCustomFields } from './custom-fields'
import { writeSampleGoals } from './goals'
import { writeSampleRows } from './write'

export const DEFAULT_SAMPLE_SEED = 42

export interface SampleOptions extends CampaignScale {
  leads: number
  seed?: number
  /** The sample's "now": campaigns span the year before it, follow-ups fall around it. */
  today?: Date
  /** Whether to add the sample goals (on by default; the insert benchmark leaves them out, as its raw side writes rows only). */
  goals?: boolean
  /** Whether to add and fill the sample's custom fields (on by default; left out by the insert benchmark, like goals). */
  customFields?: boolean
}

/**
 * Fills an empty workspace with a small firm's year: segments, campaigns on every
 * channel with spend and weekly metrics, and `leads` leads in the default pipeline
 * with their history, touches, activities, feedback and tags, a few custom fields
 * filled from what those leads became, and goals set against what that data gives. One transaction: all
 * of it lands or none does. The same seed and `today` give the same rows.
 */
export async function generateSample(db: Db, options: SampleOptions): Promise<{ campaigns: number; leads: number }> {
  if (!Number.isInteger(options.leads) || options.leads < 0) throw new Error(`The number of leads must be a whole number ≥ 0, not ${options.leads}.`)
  const nowMs = (options.today ?? new Date()).getTime()
  return db.transaction().execute(async (trx) => {
    const refs = await loadSampleRefs(trx)
    // Office hours, "due today" and this month are the firm's: planned on its wall clock.
    const utcOffsetMinutes = offsetMinutesAt((await readFirmCalendar(trx)).zone, nowMs)
    const plan = planSample(refs, { ...options, seed: options.seed ?? DEFAULT_SAMPLE_SEED, nowMs, utcOffsetMinutes })
    await writeSampleRows(trx, plan.campaignRows)
    for (const batch of plan.leadBatches()) await writeSampleRows(trx, batch)
    // The plan numbered its rows itself; new rows made later must come after them.
    await dialectOf(trx).idsTaken(trx, ID_TABLES)
    if (options.customFields !== false) await writeSampleCustomFields(trx, options.seed ?? DEFAULT_SAMPLE_SEED, refs.nextIds)
    if (options.goals !== false) await writeSampleGoals(trx, nowMs)
    return { campaigns: plan.campaignRows.campaigns.length, leads: options.leads }
  })
}
