import { GOAL_METRIC_INFO, GOAL_TEAM_LABELS, type GoalView } from '@shared/domain/goals'
import { day } from '../../ui/format'
import { BurnUpChart } from './BurnUpChart'
import { goalEstimate, goalValue, metricLabel, percentText } from './goalFormat'

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="goal-figure">
      <dt>{label}</dt>
      <dd>
        {value}
        {hint && <span className="goal-figure__hint">{hint}</span>}
      </dd>
    </div>
  )
}

/** The figures of one goal and its burn-up chart. */
export function GoalSummary({ goal }: { goal: GoalView }) {
  const p = goal.progress
  const info = GOAL_METRIC_INFO[goal.metric]
  const baselineHint = goal.metric === 'manual' ? 'starting reading' : 'the period before'
  return (
    <section className="card goal-section" aria-label="Progress">
      <p className="muted goal-summary__meta">
        {GOAL_TEAM_LABELS[goal.team]} goal{goal.owner && ` owned by ${goal.owner}`} · {metricLabel(goal)}
        {info.better === 'lower' && ' (lower is better)'} · {day(goal.startsOn)} – {day(goal.endsOn)} · day {p.elapsedDays} of {p.totalDays}
      </p>
      <dl className="goal-figures" aria-live="polite">
        <Figure label="Current" value={goalValue(goal, p.current)} />
        <Figure label="Target" value={goalValue(goal, p.target)} />
        <Figure label="Progress" value={percentText(p.percent)} />
        <Figure label={goal.final ? 'Final' : 'Forecast at end'} value={goal.final ? goalValue(goal, p.forecast) : goalEstimate(goal, p.forecast)} />
        <Figure label="Ideal pace today" value={goal.final ? '—' : goalEstimate(goal, p.expectedNow)} />
        <Figure label="Baseline" value={goalValue(goal, p.baseline)} hint={baselineHint} />
      </dl>
      {goal.description && <p>{goal.description}</p>}
      {goal.why && (
        <p>
          <strong>Why:</strong> {goal.why}
        </p>
      )}
      <BurnUpChart goal={goal} height={240} legend />
    </section>
  )
}
