import type { z } from 'zod'
import type { AchievabilityQuery } from '@shared/contract/goals'
import { checkAchievability, HISTORY_PERIODS, type Achievability, type PastValue } from '@shared/domain/goalsAchievability'
import { periodDays, periodKind, previousPeriods } from '@shared/domain/goalsPeriod'
import type { Db } from '../context'
import { measureMetric } from './goals.measure'

/** The target against the firm's own figures for the same metric and filter over the comparable past periods. */
export async function goalAchievability(db: Db, query: z.output<typeof AchievabilityQuery>): Promise<Achievability & { history: PastValue[] }> {
  const { metric, filters, startsOn, endsOn, target } = query
  const kind = periodKind(startsOn, endsOn)
  const history: PastValue[] =
    metric === 'manual'
      ? []
      : await Promise.all(previousPeriods(startsOn, endsOn, HISTORY_PERIODS).map(async (period) => ({ ...period, value: await measureMetric(db, metric, filters, period) })))
  return { ...checkAchievability({ metric, target, kind, history, periodDays: periodDays(startsOn, endsOn) }), history }
}
