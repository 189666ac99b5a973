import type { Lead } from '@shared/domain/leads'
import { usePipelines } from '../leads/leads.queries'
import { LeadPartiesSection } from '../parties/LeadPartiesSection'
import '../parties/parties.css'
import { ActivitiesSection } from './ActivitiesSection'
import { DeleteLead } from './DeleteLead'
import { FeedbackSection } from './FeedbackSection'
import { LeadCustomFields } from './LeadCustomFields'
import { LeadFieldsForm } from './LeadFieldsForm'
import { LeadHeader } from './LeadHeader'
import { SnoozeSection } from './SnoozeSection'
import { StageHistory } from './StageHistory'
import './touches.css'
import { TouchesSection } from './TouchesSection'

/** The drawer's content once the lead has loaded, top to bottom in the order people work: talk, note, edit. */
export function LeadDetail({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const pipelines = usePipelines()
  const stage = pipelines.data?.flatMap((p) => p.stages).find((s) => s.id === lead.stageId)
  const closed = stage?.kind === 'won' || stage?.kind === 'lost'
  return (
    <>
      <LeadHeader lead={lead} stage={stage} onClose={onClose} />
      <div className="drawer__body">
        <LeadPartiesSection lead={lead} />
        {!closed && <SnoozeSection lead={lead} />}
        <ActivitiesSection leadId={lead.id} />
        <FeedbackSection lead={lead} />
        <TouchesSection lead={lead} />
        <section className="drawer__section" aria-labelledby={`lead-${lead.id}-details`}>
          <h3 id={`lead-${lead.id}-details`}>Details</h3>
          <LeadFieldsForm lead={lead} stageProbability={stage?.winProbability ?? null} />
        </section>
        <LeadCustomFields lead={lead} />
        <StageHistory leadId={lead.id} />
        <DeleteLead lead={lead} onDeleted={onClose} />
      </div>
    </>
  )
}
