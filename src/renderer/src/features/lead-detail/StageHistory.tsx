import { day } from '../../ui/format'
import { useLeadHistory } from './lead-detail.queries'

/** Where the lead has been, oldest first, as main recorded it (names as they were at the time). */
export function StageHistory({ leadId }: { leadId: number }) {
  const history = useLeadHistory(leadId)
  const headingId = `lead-${leadId}-history`
  if (!history.data?.length) return null
  return (
    <section className="drawer__section" aria-labelledby={headingId}>
      <h3 id={headingId}>Stage history</h3>
      <ol className="stage-history">
        {history.data.map((change) => (
          <li key={change.id} className={`stage-history__item stage-history__item--${change.toKind}`}>
            <span>{change.fromStageName ? `${change.fromStageName} → ${change.toStageName}` : `Created in ${change.toStageName}`}</span>
            <time className="muted" dateTime={change.at}>
              {day(change.at)}
            </time>
          </li>
        ))}
      </ol>
    </section>
  )
}
