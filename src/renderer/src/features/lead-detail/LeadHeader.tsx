import type { Lead } from '@shared/domain/leads'
import type { Stage } from '@shared/domain/pipelines'
import { day, money } from '../../ui/format'
import { Icon } from '../../ui/icons'

/** Who the lead is and where it stands, at a glance: stage, value, and how it ended if it has. */
export function LeadHeader({ lead, stage, onClose }: { lead: Lead; stage: Stage | undefined; onClose: () => void }) {
  const closed = stage?.kind === 'won' || stage?.kind === 'lost'
  return (
    <header className="drawer__header">
      <div className="drawer__title">
        <h2>{lead.dealName}</h2>
        {lead.company && <p className="muted">{lead.company}</p>}
        <div className="drawer__meta">
          {stage && (
            // A closed lead's stage is its status: one coloured badge, then when it closed.
            <span className={`badge drawer__stage${closed ? ` badge--${stage.kind}` : ''}`}>
              <span className="drawer__stage-dot" style={{ background: stage.color }} aria-hidden="true" />
              {stage.name}
            </span>
          )}
          {closed && lead.closedAt && <span className="muted">on {day(lead.closedAt)}</span>}
          <span className="drawer__value">{money(lead.valueMinor)}</span>
          {lead.sourceCampaignName && <span className="muted">from {lead.sourceCampaignName}</span>}
        </div>
        {stage?.kind === 'lost' && (
          <p className="drawer__lost">
            <strong>Why it was lost:</strong> {lead.lostReason ?? 'No reason was given.'}
            {lead.lostNote && <span className="muted"> — {lead.lostNote}</span>}
          </p>
        )}
      </div>
      <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
        <Icon name="close" />
      </button>
    </header>
  )
}
