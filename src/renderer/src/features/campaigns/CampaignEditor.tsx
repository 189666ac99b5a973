import { useState, type FormEvent } from 'react'
import { CampaignInput } from '@shared/contract/campaigns'
import type { Campaign } from '@shared/domain/campaigns'
import { CAMPAIGN_STATUSES, CHANNEL_LABELS, CHANNELS } from '@shared/domain/enums'
import { minorToInput, parseMoney } from '@shared/domain/money'
import { Dialog } from '../../ui/Dialog'
import { EntitySelect } from '../../ui/EntitySelect'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { useDeleteCampaign, useSaveCampaign, useSegments } from './campaigns.queries'
import { CURRENCY } from '../../ui/format'

type Draft = Record<'name' | 'channel' | 'status' | 'objective' | 'segmentId' | 'budget' | 'startsOn' | 'endsOn' | 'trackingCode' | 'notes', string>

function draftOf(campaign: Campaign | null): Draft {
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

export function CampaignEditor({ campaign, onClose }: { campaign: Campaign | null; onClose: () => void }) {
  const [draft, setDraft] = useState(() => draftOf(campaign))
  const errors = useFormErrors()
  const save = useSaveCampaign()
  const remove = useDeleteCampaign()
  const segments = useSegments()
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    const budgetMinor = parseMoney(draft.budget)
    const fields = errors.check(CampaignInput, {
      ...draft,
      channel: draft.channel || undefined,
      segmentId: draft.segmentId ? Number(draft.segmentId) : null,
      budgetMinor: budgetMinor ?? Number.NaN,
      startsOn: draft.startsOn || null,
      endsOn: draft.endsOn || null,
    })
    if (!fields) return
    try {
      await save.mutateAsync({ id: campaign?.id ?? null, fields })
      onClose()
    } catch (error) {
      errors.fromError(error)
    }
  }

  async function deleteCampaign() {
    if (!campaign || !window.confirm(`Delete “${campaign.name}”? Its leads stay, without a source campaign.`)) return
    try {
      await remove.mutateAsync(campaign.id)
      onClose()
    } catch (error) {
      errors.fromError(error)
    }
  }

  const budgetError = errors.fields['budgetMinor'] ? 'Enter an amount like 1500 or 1,500.00' : undefined
  return (
    <Dialog
      title={campaign ? 'Edit campaign' : 'New campaign'}
      open
      onClose={onClose}
      wide
      footer={
        <>
          {campaign && (
            <button type="button" className="button button--danger-quiet" onClick={() => void deleteCampaign()}>
              Delete campaign
            </button>
          )}
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="campaign-form" className="button button--primary" disabled={save.isPending}>
            {campaign ? 'Save changes' : 'Create campaign'}
          </button>
        </>
      }
    >
      <form id="campaign-form" className="form-grid" onSubmit={(event) => void submit(event)} noValidate>
        {errors.form && <p className="form-error" role="alert">{errors.form}</p>}
        <Field label="Name" error={errors.fields['name']} wide>
          <input value={draft.name} onChange={set('name')} placeholder="Spring webinar series" autoFocus />
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
      </form>
    </Dialog>
  )
}
