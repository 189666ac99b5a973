import { CHANNEL_SHORT_LABELS } from '@shared/domain/enums'
import type { GoalView } from '@shared/domain/goals'
import { hrefFor } from '../../app/router'
import { day, money, LOCALE } from '../../ui/format'
import { QueryError } from '../../ui/QueryError'
import { useGoalContributors } from './goals.queries'

/** What makes up the current figure, so a person can check it. */
export function GoalContributorsSection({ goal }: { goal: GoalView }) {
  const contributors = useGoalContributors(goal.id)
  if (goal.metric === 'manual') return null
  const c = contributors.data
  // Won revenue lists each deal's attributed share beside its value: the shares add up to the goal's figure.
  const credited = c?.kind === 'leads' && c.rows.some((r) => r.creditMinor !== null && r.creditMinor !== r.valueMinor)
  return (
    <section className="card goal-section" aria-label="What counts toward this goal">
      <h2>What counts toward it</h2>
      {contributors.error && <QueryError error={contributors.error} onRetry={() => void contributors.refetch()} />}
      {c && (
        <>
          <p className="muted">
            {c.caption}: {c.total.toLocaleString(LOCALE)}
            {c.total > c.rows.length ? ` (the ${c.rows.length} largest shown)` : ''}.
          </p>
          {c.rows.length === 0 ? (
            <p>Nothing yet in this period.</p>
          ) : (
            <div className="table-wrap goal-contributors">
              <table className="data-table" aria-label={c.caption}>
                {c.kind === 'leads' && (
                  <>
                    <thead>
                      <tr>
                        <th>Lead</th><th>Stage</th><th>Source campaign</th><th>Date</th><th className="numeric">Value</th>
                        {credited && <th className="numeric">Counted</th>}
                      </tr>
                    </thead>
                    <tbody>
                      {c.rows.map((r) => (
                        <tr key={r.id}>
                          <td><a href={hrefFor('/pipeline', { lead: String(r.id) })}>{r.dealName}</a>{r.company && <span className="muted"> · {r.company}</span>}</td>
                          <td>{r.stageName}</td>
                          <td>{r.campaignName ?? '—'}</td>
                          <td>{day(r.at)}</td>
                          <td className="numeric">{money(r.valueMinor)}</td>
                          {credited && <td className="numeric">{r.creditMinor === null ? '—' : money(r.creditMinor)}</td>}
                        </tr>
                      ))}
                    </tbody>
                  </>
                )}
                {c.kind === 'campaigns' && (
                  <>
                    <thead><tr><th>Campaign</th><th>Channel</th><th className="numeric">Spend</th><th className="numeric">New leads</th></tr></thead>
                    <tbody>
                      {c.rows.map((r) => (
                        <tr key={r.id}><td>{r.name}</td><td>{CHANNEL_SHORT_LABELS[r.channel]}</td><td className="numeric">{money(r.spendMinor)}</td><td className="numeric">{r.leads}</td></tr>
                      ))}
                    </tbody>
                  </>
                )}
                {c.kind === 'activities' && (
                  <>
                    <thead><tr><th>Activity</th><th>Lead</th><th>Done</th></tr></thead>
                    <tbody>
                      {c.rows.map((r) => (
                        <tr key={r.id}><td>{r.subject}</td><td><a href={hrefFor('/pipeline', { lead: String(r.leadId) })}>{r.dealName}</a></td><td>{day(r.at)}</td></tr>
                      ))}
                    </tbody>
                  </>
                )}
              </table>
            </div>
          )}
        </>
      )}
    </section>
  )
}
