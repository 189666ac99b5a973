import type { SalesFeedback, SalesNote } from '@shared/domain/campaignPage'
import { hrefFor } from '../../app/router'
import { shortDay } from '../../ui/format'

const KIND_LABELS: Record<SalesNote['kind'], string> = { objection: 'Objection', preference: 'Preference', other: 'Note', lost: 'Lost' }

/** The loop from sales back to marketing: what this campaign's leads objected to, preferred, and why they were lost. */
export function SalesFeedbackCard({ campaignId, feedback }: { campaignId: number; feedback: SalesFeedback }) {
  const { kindCounts } = feedback
  const nothing = kindCounts.objection + kindCounts.preference + kindCounts.other + kindCounts.lost === 0
  return (
    <section className="card campaign-card" aria-labelledby="sales-feedback-title">
      <header className="campaign-card__header">
        <h2 id="sales-feedback-title">What sales heard</h2>
        <span className="muted">objections, preferences and lost reasons logged on this campaign’s leads</span>
      </header>
      {nothing ? (
        <p className="muted campaign-card__empty">
          Nothing logged yet. Objections and preferences that sales notes on this campaign’s leads, and the reasons leads are lost, gather here so the next campaign can answer them.
        </p>
      ) : (
        <div className="sales-feedback">
          <div className="sales-feedback__column">
            <ul className="feedback-counts" aria-label="Counts by kind">
              <li>
                <strong>{kindCounts.objection}</strong> objections
              </li>
              <li>
                <strong>{kindCounts.preference}</strong> preferences
              </li>
              <li>
                <strong>{kindCounts.lost}</strong> lost
              </li>
              {kindCounts.other > 0 && (
                <li>
                  <strong>{kindCounts.other}</strong> other notes
                </li>
              )}
            </ul>
            <Tally title="Why leads were lost" rows={feedback.lostReasons.map((r) => ({ key: r.reason, label: r.reason, count: r.count }))} />
          </div>
          <div className="sales-feedback__column">
            <Tally title="What they said most" rows={feedback.topFeedback.map((t) => ({ key: `${t.kind}:${t.text}`, label: t.text, count: t.count, kind: t.kind }))} />
          </div>
          <div className="sales-feedback__column">
            <h3 className="feedback-subtitle">Latest</h3>
            <ul className="sales-notes" aria-label="Latest from sales">
              {feedback.latest.map((note, i) => (
                <li key={`${note.kind}-${note.leadId}-${i}`} className="sales-note">
                  <span className={`badge badge--note-${note.kind}`}>{KIND_LABELS[note.kind]}</span>
                  <span className="sales-note__text">{note.text}</span>
                  <a className="sales-note__lead" href={hrefFor(`/campaigns/${campaignId}`, { lead: String(note.leadId) })}>
                    {note.dealName}
                    {note.company ? `, ${note.company}` : ''}
                  </a>
                  <span className="muted sales-note__when">{shortDay(note.at)}</span>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  )
}

function Tally({ title, rows }: { title: string; rows: Array<{ key: string; label: string; count: number; kind?: string }> }) {
  if (rows.length === 0) return null
  const max = Math.max(...rows.map((r) => r.count))
  return (
    <>
      <h3 className="feedback-subtitle">{title}</h3>
      <ul className="tally" aria-label={title}>
        {rows.map((row) => (
          <li key={row.key} className="tally__row">
            <span className="tally__label">
              {row.kind && (
                <span className={`tally__kind tally__kind--${row.kind}`}>
                  <span className="visually-hidden">{row.kind}: </span>
                </span>
              )}
              {row.label}
            </span>
            <span className="tally__bar" aria-hidden="true">
              <span style={{ width: `${(row.count / max) * 100}%` }} />
            </span>
            <span className="tally__count">{row.count}</span>
          </li>
        ))}
      </ul>
    </>
  )
}
