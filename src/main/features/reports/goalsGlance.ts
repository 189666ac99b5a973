import type { GoalsGlance } from '@shared/contract/reports'
import type { Db } from '../context'

/** Goals at a glance: filled in once the goals feature reports progress and status. */
export function goalsGlance(_db: Db, _now: string): Promise<GoalsGlance | null> {
  return Promise.resolve(null)
}
