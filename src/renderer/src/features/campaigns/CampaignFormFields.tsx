import { CampaignInput } from '@shared/contract/campaigns'
import type { Campaign } from '@shared/domain/campaigns'
import { CAMPAIGN_STATUSES, CHANNEL_LABELS, CHANNELS } from '@shared/domain/enums'
import { amountProblem, minorToInput, parseMoney } from '@shared/domain/money'
import { EntitySelect } from '../../ui/EntitySelect'
import { Field } from '../../ui/Field'
import { CURRENCY } from '../../ui/format'
import type { useFormErrors } from '../../ui/useFormErrors'
import { useSegments } from './campaigns.queries'

export type CampaignDraft = Record<'name' | 'channel' | 'status' | 'objective' | 'segmentId' | 'budget' | 'startsOn' | 'endsOn' | 'trackingCode' | 'notes', string>

export function draftOf(campaign: Campaign | null): CampaignDraft {
  return {
    name: campaign?.name ?? '',
    channel: campaign?.channel ?? '',
    status: campaign?.status ?? 'planned',
    objective: campaign?.objective ?? '',
    segmentId: campaign?.segmentId ? String(campaign.segmentId) : '',
    budget: campaign ? minorToInput(campaign.budgetMinor) : '',
    startsOn: campaign?.startsOn ?? '',
    endsOn: campaign?.endsOn ?? '',
    trackingCode: campaign?.trackingCode ?? '',
    notes: campaign?.notes ?? '',
  }
}

type FormErrors = ReturnType<typeof useFormErrors>

/** Checks a draft with the contract's schema, marking the fields that are wrong; null when something is. */
export function checkDraft(errors: FormErrors, draft: CampaignDraft) {
  const budgetMinor = parseMoney(draft.budget)
  return errors.check(CampaignInput, {
    ...draft,
    channel: draft.channel || undefined,
    segmentId: draft.segmentId ? Number(draft.segmentId) : null,
    budgetMinor: budgetMinor ?? Number.NaN,
    startsOn: draft.startsOn || null,
    endsOn: draft.endsOn || null,
  })
}

/** The campaign's fields as form controls: the New campaign dialog and the campaign page's in-place editor both use them. */
export function CampaignFormFields({ draft, onChange, errors, autoFocus }: { draft: CampaignDraft; onChange: (next: CampaignDraft) => void; errors: FormErrors; autoFocus?: boolean }) {
  const segments = useSegments()
  const set = (key: keyof CampaignDraft) => (event: { target: { value: string } }) => onChange({ ...draft, [key]: event.target.value })
  const budgetError = errors.fields['budgetMinor'] ? (amountProblem(draft.budget, '1,500.00') ?? errors.fields['budgetMinor']) : undefined
  return (
    <>
      <Field label="Name" error={errors.fields['name']} wide>
        <input value={draft.name} onChange={set('name')} placeholder="Spring webinar series" autoFocus={autoFocus} />
      </Field>
      <Field label="Channel" error={errors.fields['channel']}>
        <select value={draft.channel} onChange={set('channel')}>
          <option value="">Choose a channel…</option>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {CHANNEL_LABELS[channel]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Status" error={errors.fields['status']}>
        <select value={draft.status} onChange={set('status')}>
          {CAMPAIGN_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status[0]?.toUpperCase() + status.slice(1)}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Objective" error={errors.fields['objective']} hint="What should this campaign achieve? e.g. 40 qualified leads from IT managers" wide>
        <input value={draft.objective} onChange={set('objective')} />
      </Field>
      <Field label={`Budget (${CURRENCY})`} error={budgetError}>
        <input value={draft.budget} onChange={set('budget')} inputMode="decimal" placeholder="0" />
      </Field>
      <Field label="Segment" error={errors.fields['segmentId']}>
        <EntitySelect items={segments.data} emptyLabel="No segment" value={draft.segmentId} onChange={set('segmentId')} />
      </Field>
      <Field label="Starts" error={errors.fields['startsOn']}>
        <input type="date" value={draft.startsOn} onChange={set('startsOn')} />
      </Field>
      <Field label="Ends" error={errors.fields['endsOn']}>
        <input type="date" value={draft.endsOn} onChange={set('endsOn')} />
      </Field>
      <Field label="Tracking code" error={errors.fields['trackingCode']} hint="The UTM campaign or promo code that identifies its leads">
        <input value={draft.trackingCode} onChange={set('trackingCode')} placeholder="spring-webinar-26" />
      </Field>
      <Field label="Notes" error={errors.fields['notes']} wide>
        <textarea rows={3} value={draft.notes} onChange={set('notes')} />
      </Field>
    </>
  )
}
