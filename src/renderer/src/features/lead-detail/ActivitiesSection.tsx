import { QueryError } from '../../ui/QueryError'
import { ActivityForm } from './ActivityForm'
import { ActivityRow } from './ActivityRow'
import { useActivities, useCreateActivity } from './lead-detail.queries'

/** Calls, meetings and notes logged on the lead, with open follow-ups first (main sorts them). */
export function ActivitiesSection({ leadId }: { leadId: number }) {
  const activities = useActivities(leadId)
  const create = useCreateActivity()
  const headingId = `lead-${leadId}-activities`
  return (
    <section className="drawer__section" aria-labelledby={headingId}>
      <h3 id={headingId}>Activities and follow-ups</h3>
      <ActivityForm submitLabel="Add" onSubmit={(fields) => create.mutateAsync({ leadId, ...fields })} />
      {activities.error ? (
        <QueryError error={activities.error} onRetry={() => void activities.refetch()} />
      ) : activities.data?.length === 0 ? (
        <p className="muted">Nothing logged yet. Add the next step above — a task with a due day reminds you on the Today page.</p>
      ) : (
        <ul className="activity-list" aria-label="Activities">
          {activities.data?.map((activity) => (
            <ActivityRow key={activity.id} activity={activity} />
          ))}
        </ul>
      )}
    </section>
  )
}
