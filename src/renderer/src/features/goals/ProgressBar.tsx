import type { GoalProgressStatus } from '@shared/domain/goals'

/** How far along the goal is, with a tick where the ideal pace stands today. */
export function ProgressBar({ percent, expected, status, label }: { percent: number | null; expected: number | null; status: GoalProgressStatus; label: string }) {
  const width = Math.max(0, Math.min(1, percent ?? 0)) * 100
  const tick = expected === null ? null : Math.max(0, Math.min(1, expected)) * 100
  return (
    <div className="goal-bar" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round((percent ?? 0) * 100)}>
      <div className={`goal-bar__fill goal-bar__fill--${status}`} style={{ width: `${width}%` }} />
      {tick !== null && <div className="goal-bar__pace" style={{ left: `${tick}%` }} title="Where the ideal pace is today" />}
    </div>
  )
}
