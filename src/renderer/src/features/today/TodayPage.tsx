import type { FollowUp } from '@shared/domain/activities'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'
import { QueryError } from '../../ui/QueryError'
import { FollowUpRow } from './FollowUpRow'
import { useFollowUpsToday } from './today.queries'
import { countOf, formatCount, FOLLOW_UP } from '@shared/domain/plural'

/** One list to work through each morning: every open follow-up that is late or due today, across all leads. */
export function TodayPage() {
  const followUps = useFollowUpsToday()
  const items = followUps.data ?? []
  const overdue = items.filter((item) => item.overdue)
  const today = items.filter((item) => !item.overdue)
  const subtitle = followUps.data
    ? items.length === 0
      ? 'All caught up.'
      : `${countOf(items.length, FOLLOW_UP)} to do${overdue.length ? `, ${formatCount(overdue.length)} overdue` : ''}.`
    : undefined

  return (
    <div className="page">
      <PageHeader title="Today" subtitle={subtitle} />
      {followUps.error ? (
        <QueryError error={followUps.error} onRetry={() => void followUps.refetch()} />
      ) : followUps.data && items.length === 0 ? (
        <EmptyState icon="today" title="No follow-ups due today">
          <p>No follow-ups due today. Add a task with a due date on any lead and it shows up here.</p>
          <p>Open a lead from the Pipeline to plan its next call, meeting or email.</p>
        </EmptyState>
      ) : (
        <>
          <FollowUpGroup title="Overdue" items={overdue} />
          <FollowUpGroup title="Today" items={today} />
        </>
      )}
    </div>
  )
}

function FollowUpGroup({ title, items }: { title: string; items: FollowUp[] }) {
  if (items.length === 0) return null
  const id = `today-${title.toLowerCase()}`
  return (
    <section className="card today-group" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="muted">{items.length}</span>
      </h2>
      <ul className="today-list">
        {items.map((item) => (
          <FollowUpRow key={item.activity.id} item={item} />
        ))}
      </ul>
    </section>
  )
}
