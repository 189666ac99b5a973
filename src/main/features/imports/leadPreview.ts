import type { PreviewLead } from '@shared/domain/importResults'
import type { Statements } from './leadStatements'
import type { Placement } from './placement'
import type { LeadDraft } from './rows'

// What the preview and the skipped-rows list say about a row of a leads file.

/** Why a row was skipped: the lead already in Baton that it duplicates. */
export async function duplicateNote(sql: Statements, leadId: number, draft: LeadDraft, column: string) {
  const lead = (await sql.duplicateOf.get<{ personName: string | null; email: string | null; company: string | null }>(leadId))!
  const name = lead.personName ?? lead.company ?? draft.company ?? ''
  const who = lead.email ? `${name} (${lead.email})` : lead.personName === null ? name : `${name} at ${lead.company ?? draft.company}`
  return { column, reason: `Already in Baton: ${who}` }
}

export function previewOf(
  row: number,
  action: PreviewLead['action'],
  draft: LeadDraft,
  campaign: string | null,
  placement: Placement,
  money: { valueMinor: number | null; original: PreviewLead['original'] },
  custom: PreviewLead['custom'],
): PreviewLead {
  return {
    row,
    action,
    personName: draft.personName ?? draft.company ?? '',
    company: draft.company,
    email: draft.email,
    campaign,
    stage: placement.stage.name,
    outcome: placement.outcome,
    closedOn: placement.closedOn,
    lostReason: placement.lostReason,
    owner: draft.owner,
    valueMinor: money.original !== null ? money.valueMinor : (draft.valueMinor ?? 0),
    original: money.original,
    tags: draft.tags,
    createdOn: draft.createdOn,
    custom,
  }
}
