import type { ReportChart, ReportTable } from '@shared/domain/report'
import type { Db } from '../context'
import type { ReportScope } from './scope'

/** The goal review report: each goal's target, result and status, once goals report their progress. */
export function goalReviewTables(_db: Db, _scope: ReportScope, _now: string): Promise<{ subtitle: string; charts: ReportChart[]; tables: ReportTable[] }> {
  return Promise.resolve({ subtitle: 'Each goal of the period with its target, result and status.', charts: [], tables: [] })
}
