import { z } from 'zod'
import type { MetricSnapshot, SnapshotSaveResult } from '../domain/campaignSnapshots'
import { isRealDate } from '../domain/dates'
import { call } from './define'
import { Id } from './fields'

// The size first, so a huge number is called too large rather than "not whole".
const Count = z
  .number({ error: (issue) => (issue.input === Number.POSITIVE_INFINITY ? 'That number is too large' : 'Enter a whole number') })
  .max(1e12, 'That number is too large')
  .nonnegative('A count can’t be below zero')
  .int('Enter a whole number')
const Day = z.string('Enter the day these figures are for').refine(isRealDate, 'Enter the day these figures are for (YYYY-MM-DD)')

/** A day's counts; null leaves a saved day's figure as it is (a new day gets 0). */
export const SnapshotDayInput = z.object({
  measuredOn: Day,
  impressions: Count.nullable().default(null),
  clicks: Count.nullable().default(null),
  visits: Count.nullable().default(null),
  engagements: Count.nullable().default(null),
})

export const SnapshotFields = z.object({ measuredOn: Day, impressions: Count, clicks: Count, visits: Count, engagements: Count })

export const campaignSnapshotsContract = {
  'campaignSnapshots.list': call(z.object({ campaignId: Id })).returns<MetricSnapshot[]>(),
  /** Adds days, and updates the days already saved (pasting the same export twice changes nothing). */
  'campaignSnapshots.save': call(
    z.object({ campaignId: Id, days: z.array(SnapshotDayInput).min(1, 'There are no days to save').max(5000, 'Save at most 5,000 days at a time') }),
  ).returns<SnapshotSaveResult>(),
  'campaignSnapshots.update': call(z.object({ id: Id, fields: SnapshotFields })).returns<MetricSnapshot>(),
  'campaignSnapshots.delete': call(z.object({ id: Id })).returns<MetricSnapshot>(),
}
