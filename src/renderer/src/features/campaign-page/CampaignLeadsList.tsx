import { useState } from 'react'
import type { CampaignLeads } from '@shared/domain/campaignPage'
import { hrefFor } from '../../app/router'
import { Icon } from '../../ui/icons'
import { LeadCreateDialog } from '../leads/LeadCreateDialog'
import { day, money } from '../../ui/format'
import { leadsCount } from '../lead-table/count'

/** The leads this campaign brought, newest first; each opens the lead drawer. */
export function CampaignLeadsList({ campaignId, leads }: { campaignId: number; leads: CampaignLeads }) {
  const here = `/campaigns/${campaignId}`
  const [adding, setAdding] = useState(false)
  return (
    <section className="card campaign-card" aria-labelledby="campaign-leads-title">
      <header className="campaign-card__header">
        <h2 id="campaign-leads-title">Leads it brought</h2>
        <span className="muted">{leadsCount(leads.total)}</span>
        <span className="campaign-card__actions">
          {leads.total > 0 && (
            <a className="button button--small" href={hrefFor('/pipeline', { view: 'table', campaign: String(campaignId) })}>
              Open in the lead table
            </a>
          )}
          <button type="button" className="button button--small" onClick={() => setAdding(true)}>
            <Icon name="plus" /> Add lead
          </button>
        </span>
      </header>
      {leads.total === 0 ? (
        <p className="muted campaign-card__empty">No leads yet. Add one here, or pick this campaign as the source when you add a lead anywhere, and it shows up with its stage.</p>
      ) : (
        <div className="campaign-leads__scroll">
          <table className="data-table campaign-table" aria-label="Leads it brought">
            <thead>
              <tr>
                <th>Person</th>
                <th>Stage</th>
                <th className="numeric">Value</th>
                <th>Added</th>
              </tr>
            </thead>
            <tbody>
              {leads.rows.map((lead) => (
                <tr key={lead.id}>
                  <td>
                    <a className="campaign-leads__person" href={hrefFor(here, { lead: String(lead.id) })}>
                      {lead.dealName}
                    </a>
                    {lead.company && <span className="campaign-leads__company">{lead.company}</span>}
                  </td>
                  <td>
                    <span className={`campaign-leads__stage campaign-leads__stage--${lead.stageKind}`}>
                      <span className="stage-dot" style={{ background: lead.stageColor }} aria-hidden="true" />
                      {lead.stageName}
                    </span>
                  </td>
                  <td className="numeric">{lead.valueMinor > 0 ? money(lead.valueMinor) : <span className="muted">—</span>}</td>
                  <td>{day(lead.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {leads.total > leads.rows.length && (
        <p className="muted campaign-card__foot">
          Showing the newest {leads.rows.length} of {leadsCount(leads.total)}.
        </p>
      )}
      {adding && <LeadCreateDialog sourceCampaignId={campaignId} onClose={() => setAdding(false)} />}
    </section>
  )
}
