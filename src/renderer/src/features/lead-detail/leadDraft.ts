import type { LeadPatch } from '@shared/contract/leads'
import type { Lead } from '@shared/domain/leads'
import { minorToInput, parseMoney } from '@shared/domain/money'

/** What the edit form holds: text as typed, so a half-typed amount or date is never lost. */
export interface LeadDraft {
  personName: string
  company: string
  email: string
  phone: string
  sourceCampaignId: string
  segmentId: string
  value: string
  /** 'stage' follows the stage's win probability; 'custom' uses `probability`. */
  probabilityMode: 'stage' | 'custom'
  probability: string
  owner: string
  tags: string
  notes: string
  expectedCloseOn: string
}

export function draftOf(lead: Lead): LeadDraft {
  return {
    personName: lead.personName ?? '',
    company: lead.company ?? '',
    email: lead.email ?? '',
    phone: lead.phone ?? '',
    sourceCampaignId: lead.sourceCampaignId ? String(lead.sourceCampaignId) : '',
    segmentId: lead.segmentId ? String(lead.segmentId) : '',
    value: minorToInput(lead.valueMinor),
    probabilityMode: lead.probabilityOverride === null ? 'stage' : 'custom',
    probability: lead.probabilityOverride === null ? '' : String(lead.probabilityOverride),
    owner: lead.owner ?? '',
    tags: lead.tags.join(', '),
    notes: lead.notes ?? '',
    expectedCloseOn: lead.expectedCloseOn ?? '',
  }
}

const toId = (text: string) => (text ? Number(text) : null)

/** The patch the draft asks for, before validation; impossible numbers become NaN so the schema flags them. */
export function patchOf(draft: LeadDraft): LeadPatch {
  const probability = draft.probability.trim()
  return {
    personName: draft.personName,
    company: draft.company,
    email: draft.email,
    phone: draft.phone,
    sourceCampaignId: toId(draft.sourceCampaignId),
    segmentId: toId(draft.segmentId),
    valueMinor: parseMoney(draft.value) ?? Number.NaN,
    probabilityOverride: draft.probabilityMode === 'stage' ? null : probability === '' ? Number.NaN : Number(probability),
    owner: draft.owner,
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    notes: draft.notes,
    expectedCloseOn: draft.expectedCloseOn || null,
  }
}

/**
 * Only the fields that differ from the stored lead, so saving this form never overwrites
 * something changed elsewhere meanwhile (a tag added in bulk, an owner set from the table).
 */
export function changedFields<P extends Record<string, unknown>>(parsed: P, lead: Lead): Partial<P> {
  const stored = lead as unknown as Record<string, unknown>
  return Object.fromEntries(Object.entries(parsed).filter(([key, value]) => JSON.stringify(value ?? null) !== JSON.stringify(stored[key] ?? null))) as Partial<P>
}
