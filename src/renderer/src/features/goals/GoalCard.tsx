import { GOAL_METRIC_INFO, GOAL_TEAM_LABELS, type GoalView } from '@shared/domain/goals'
import { hrefFor } from '../../app/router'
import { day } from '../../ui/format'
import { BurnUpChart } from './BurnUpChart'
import { goalEstimate, goalValue, metricLabel, percentText } from './goalFormat'
import { GoalStatusBadge } from './GoalStatusBadge'
import { ProgressBar } from './ProgressBar'

export function GoalCard({ goal }: { goal: GoalView }) {
  const p = goal.progress
  const closed = goal.final !== null
  return (
    <article className="goal-card card" aria-label={goal.title}>
      <header className="goal-card__header">
        <a className="goal-card__title" href={hrefFor(`/goals/${goal.id}`)}>
          {goal.title}
        </a>
        <GoalStatusBadge status={p.status} />
      </header>
      <p className="goal-card__meta">
        {GOAL_TEAM_LABELS[goal.team]}
        {goal.owner && ` · ${goal.owner}`} · {metricLabel(goal)}
      </p>
      <div className="goal-card__figures">
        <span className="goal-card__current">{goalValue({ ...goal, manualName: null }, p.current)}</span>
        <span className="muted">of {goalValue(goal, p.target)}</span>
        <span className="goal-card__percent">{percentText(p.percent)}</span>
      </div>
      <ProgressBar percent={p.percent} expected={closed || GOAL_METRIC_INFO[goal.metric].shape !== 'cumulative' ? null : p.elapsedDays / p.totalDays} status={p.status} label={`${goal.title}: ${percentText(p.percent)} of target`} />
      <p className="goal-card__forecast">
        {closed ? (
          <>Final result, frozen {day(goal.final?.frozenAt ?? null)}</>
        ) : p.elapsedDays === 0 ? (
          <>Starts {day(goal.startsOn)}</>
        ) : (
          <>
            Forecast <strong>{goalEstimate(goal, p.forecast)}</strong> by {day(goal.endsOn)}
          </>
        )}
      </p>
      <BurnUpChart goal={goal} />
    </article>
  )
}
