import type { GoalsGlance as Glance } from '@shared/contract/reports'
import { formatDay } from '@shared/domain/report'
import { hrefFor } from '../../app/router'

export function GoalsGlance({ goals, locale }: { goals: Glance | null; locale: string }) {
  return (
    <section className="card dashboard-goals" aria-labelledby="goals-glance">
      <h2 id="goals-glance">Goals at a glance</h2>
      {!goals || goals.counts.every((c) => c.count === 0) ? (
        <p className="muted">
          No goals yet. <a href={hrefFor('/goals')}>Set a SMART goal</a> and it will track itself from your pipeline and campaigns.
        </p>
      ) : (
        <>
          <ul className="goal-counts">
            {goals.counts.map((c) => (
              <li key={c.status} className={`goal-counts__item goal-counts__item--${c.status}`}>
                <strong>{c.count}</strong> {c.label}
              </li>
            ))}
          </ul>
          <h3>Nearest deadlines</h3>
          <ul className="goal-deadlines">
            {goals.nearest.map((g) => (
              <li key={g.id}>
                <a href={hrefFor(`/goals/${g.id}`)}>{g.title}</a>
                <span className={`goal-status goal-status--${g.status}`}>{g.statusLabel}</span>
                <span className="muted">
                  {g.percent === null ? '' : `${Math.round(g.percent)}% · `}ends {formatDay(g.endsOn, locale)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
