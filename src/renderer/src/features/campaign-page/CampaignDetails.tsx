import { useState, type FormEvent } from 'react'
import type { Campaign } from '@shared/domain/campaigns'
import { CHANNEL_LABELS } from '@shared/domain/enums'
import { day, money } from '../../ui/format'
import { useFormErrors } from '../../ui/useFormErrors'
import { CampaignFormFields, checkDraft, draftOf, type CampaignDraft } from '../campaigns/CampaignFormFields'
import { useUpdateCampaign } from './campaignPage.queries'

/** The campaign's own fields, read as facts and edited in place (the card turns into the form). */
export function CampaignDetails({ campaign }: { campaign: Campaign }) {
  const [draft, setDraft] = useState<CampaignDraft | null>(null)
  return (
    <section className="card campaign-card" aria-labelledby="campaign-details-title">
      <header className="campaign-card__header">
        <h2 id="campaign-details-title">Details</h2>
        {!draft && (
          <button type="button" className="button button--small" onClick={() => setDraft(draftOf(campaign))}>
            Edit details
          </button>
        )}
      </header>
      {draft ? <DetailsForm campaign={campaign} draft={draft} onChange={setDraft} onDone={() => setDraft(null)} /> : <DetailsFacts campaign={campaign} />}
    </section>
  )
}

function DetailsFacts({ campaign }: { campaign: Campaign }) {
  const none = <span className="muted">—</span>
  return (
    <dl className="facts campaign-facts">
      <dt>Channel</dt>
      <dd>{CHANNEL_LABELS[campaign.channel]}</dd>
      <dt>Objective</dt>
      <dd>{campaign.objective ?? none}</dd>
      <dt>Runs</dt>
      <dd>{campaign.startsOn || campaign.endsOn ? `${day(campaign.startsOn)} – ${day(campaign.endsOn)}` : none}</dd>
      <dt>Budget</dt>
      <dd>{campaign.budgetMinor > 0 ? money(campaign.budgetMinor) : none}</dd>
      <dt>Segment</dt>
      <dd>{campaign.segmentName ?? none}</dd>
      <dt>Tracking code</dt>
      <dd>{campaign.trackingCode ? <code>{campaign.trackingCode}</code> : none}</dd>
      <dt>Notes</dt>
      <dd className="campaign-facts__notes">{campaign.notes ?? none}</dd>
    </dl>
  )
}

function DetailsForm({ campaign, draft, onChange, onDone }: { campaign: Campaign; draft: CampaignDraft; onChange: (d: CampaignDraft) => void; onDone: () => void }) {
  const errors = useFormErrors()
  const save = useUpdateCampaign(campaign.id)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const fields = checkDraft(errors, draft)
    if (!fields) return
    try {
      await save.mutateAsync(fields)
      onDone()
    } catch (error) {
      errors.fromError(error)
    }
  }

  return (
    <form className="form-grid campaign-details-form" aria-label="Edit details" onSubmit={(event) => void submit(event)} noValidate>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <CampaignFormFields draft={draft} onChange={onChange} errors={errors} autoFocus />
      <div className="campaign-details-form__actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          Save details
        </button>
      </div>
    </form>
  )
}
