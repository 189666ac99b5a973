import { GOAL_METRIC_INFO, GOAL_STATUS_LABELS, GOAL_TEAM_LABELS, type MetricUnit } from '@shared/domain/goals'
import { formatCell, type ColumnKind, type ReportChart, type ReportTable } from '@shared/domain/report'
import type { Db } from '../context'
import { listGoalViews } from '../goals/goals.service'
import { readBranding } from './reports.repo'
import type { ReportScope } from './scope'

const KIND_OF: Record<MetricUnit, ColumnKind> = { money: 'money', count: 'integer', percent: 'ratio', days: 'days', number: 'decimal' }

/**
 * The goal review: every goal whose period overlaps the report's, with its target, result (as the
 * goals feature measures it, frozen once closed), progress and status. Targets differ in unit from
 * goal to goal, so they are written as formatted text beside a numeric progress share.
 */
export async function goalReviewTables(db: Db, scope: ReportScope): Promise<{ subtitle: string; charts: ReportChart[]; tables: ReportTable[] }> {
  const { currency, locale } = await readBranding(db)
  const owner = scope.filter.owners?.[0]
  const goals = (await listGoalViews(db, false, scope.today))
    .filter((g) => g.startsOn <= scope.range.to && g.endsOn >= scope.range.from)
    .filter((g) => !owner || g.owner === owner)
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn) || a.title.localeCompare(b.title))
  const text = (value: number | null, unit: MetricUnit) => formatCell(value, KIND_OF[unit], currency, locale)
  const counts = Object.entries(GOAL_STATUS_LABELS).map(([status, label]) => [label, goals.filter((g) => g.progress.status === status).length] as const)
  return {
    subtitle: 'Each goal of the period: its target, where it stands, and whether it is on track.',
    charts: goals.length ? [{ id: 'goal-status', title: 'Goals by status', type: 'bar', labels: counts.map(([l]) => l), series: [{ label: 'Goals', kind: 'integer', values: counts.map(([, n]) => n) }] }] : [],
    tables: [
      {
        id: 'goals',
        title: 'Goal review',
        columns: [
          { key: 'goal', label: 'Goal', kind: 'text' },
          { key: 'team', label: 'Team', kind: 'text' },
          { key: 'owner', label: 'Owner', kind: 'text' },
          { key: 'metric', label: 'Measure', kind: 'text' },
          { key: 'ends', label: 'Ends', kind: 'date' },
          { key: 'target', label: 'Target', kind: 'text' },
          { key: 'result', label: 'Result', kind: 'text' },
          { key: 'progress', label: 'Progress', kind: 'ratio' },
          { key: 'status', label: 'Status', kind: 'text' },
        ],
        rows: goals.map((g) => {
          const info = GOAL_METRIC_INFO[g.metric]
          return [
            g.title,
            GOAL_TEAM_LABELS[g.team],
            g.owner ?? '—',
            g.manualName ?? info.label,
            g.endsOn,
            text(g.target, info.unit),
            text(g.progress.current, info.unit),
            g.progress.percent,
            GOAL_STATUS_LABELS[g.progress.status],
          ]
        }),
        links: goals.map((g) => ({ path: `/goals/${g.id}` })),
        empty: 'No goal runs in this period. Goals are set on the Goals page.',
      },
    ],
  }
}
