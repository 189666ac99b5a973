import type { PartyLead } from '@shared/domain/people'
import { hrefFor } from '../../app/router'
import { day, money } from '../../ui/format'
import { Icon } from '../../ui/icons'
import { countOf, noun } from '@shared/domain/plural'
import { usePipelines } from '../leads/leads.queries'

const DEAL = noun('deal')

interface PartyLeadsCardProps {
  /** The page's own path: a deal opens in the lead drawer over it. */
  here: string
  leads: PartyLead[] | undefined
  /** Show each deal's person (an organisation's page, where deals are with several people). */
  showPerson: boolean
  onNewDeal: () => void
}

/** Their deals, open and closed, newest first; each opens the lead drawer. */
export function PartyLeadsCard({ here, leads, showPerson, onNewDeal }: PartyLeadsCardProps) {
  const pipelines = usePipelines()
  const colorOf = (stageId: number) => pipelines.data?.flatMap((p) => p.stages).find((s) => s.id === stageId)?.color
  return (
    <section className="card campaign-card" aria-labelledby="party-deals-title">
      <header className="campaign-card__header">
        <h2 id="party-deals-title">Deals</h2>
        {leads && <span className="muted">{countOf(leads.length, DEAL)}</span>}
        <span className="campaign-card__actions">
          <button type="button" className="button button--small" onClick={onNewDeal}>
            <Icon name="plus" /> New deal
          </button>
        </span>
      </header>
      {leads?.length === 0 ? (
        <p className="muted campaign-card__empty">No deals yet. Use New deal to open one; it goes on the board and shows up here with its stage and value.</p>
      ) : (
        <div className="campaign-leads__scroll">
          <table className="data-table campaign-table" aria-label="Deals">
            <thead>
              <tr>
                <th>Deal</th>
                <th>Stage</th>
                <th className="numeric">Value</th>
                <th>Owner</th>
                <th>Opened</th>
                <th>Closed</th>
              </tr>
            </thead>
            <tbody>
              {(leads ?? []).map((lead) => (
                <tr key={lead.id}>
                  <td>
                    <a className="campaign-leads__person" href={hrefFor(here, { lead: String(lead.id) })}>
                      {lead.dealName}
                    </a>
                    {showPerson && lead.personName && lead.personName !== lead.dealName && <span className="campaign-leads__company">{lead.personName}</span>}
                  </td>
                  <td>
                    <span className={`campaign-leads__stage campaign-leads__stage--${lead.stageKind}`}>
                      <span className="stage-dot" style={{ background: colorOf(lead.stageId) }} aria-hidden="true" />
                      {lead.stageName}
                    </span>
                  </td>
                  <td className="numeric">{lead.valueMinor > 0 ? money(lead.valueMinor) : <span className="muted">—</span>}</td>
                  <td>{lead.owner ?? <span className="muted">—</span>}</td>
                  <td>{day(lead.createdAt)}</td>
                  <td>{lead.closedAt ? day(lead.closedAt) : <span className="muted">Open</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
