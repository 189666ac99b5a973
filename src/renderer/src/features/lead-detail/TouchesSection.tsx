import { useState, type FormEvent } from 'react'
import type { Lead } from '@shared/domain/leads'
import { errorMessage } from '../../api/errors'
import { ChannelBadge } from '../../ui/Badge'
import { EntitySelect } from '../../ui/EntitySelect'
import { Field } from '../../ui/Field'
import { shortDay } from '../../ui/format'
import { useCampaigns } from '../campaigns/campaigns.queries'
import { useAddTouch, useDeleteTouch, useTouches } from './touches.queries'

/** The campaigns that reached this lead, oldest first: the first is its source; won revenue is split over them by the attribution model. */
export function TouchesSection({ lead }: { lead: Lead }) {
  const touches = useTouches(lead.id)
  const campaigns = useCampaigns()
  const add = useAddTouch()
  const remove = useDeleteTouch()
  const [campaignId, setCampaignId] = useState('')
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const headingId = `lead-${lead.id}-touches`

  async function submit(event: FormEvent) {
    event.preventDefault()
    setProblem(null)
    if (!campaignId) return setProblem('Pick the campaign that touched this lead.')
    try {
      await add.mutateAsync({ leadId: lead.id, campaignId: Number(campaignId), note })
      setCampaignId('')
      setNote('')
    } catch (error) {
      setProblem(`Couldn't log the touch: ${errorMessage(error)}`)
    }
  }

  return (
    <section className="drawer__section" aria-labelledby={headingId}>
      <h3 id={headingId}>Campaign touches</h3>
      {touches.data && touches.data.length > 0 ? (
        <ol className="touch-list" aria-label="Campaign touches">
          {touches.data.map((touch) => (
            <li key={touch.id} className="touch-item">
              <ChannelBadge channel={touch.channel} />
              <span className="touch-item__name">{touch.campaignName}</span>
              {touch.first && <span className="badge badge--source">Source</span>}
              <span className="muted">
                {shortDay(touch.at)}
                {touch.note && ` · ${touch.note}`}
              </span>
              <button
                type="button"
                className="button button--small button--danger-quiet"
                aria-label={`Remove the touch by ${touch.campaignName}`}
                onClick={() => {
                  setProblem(null)
                  remove.mutateAsync(touch.id).catch((error: unknown) => setProblem(errorMessage(error)))
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No campaign has touched this lead yet. Log one when an ad, email or event reaches them.</p>
      )}
      <form className="touch-form" onSubmit={(event) => void submit(event)} noValidate aria-label="Log a touch">
        <Field label="Touched by campaign">
          <EntitySelect items={campaigns.data} emptyLabel="Choose a campaign…" value={campaignId} onChange={(e) => setCampaignId(e.target.value)} />
        </Field>
        <Field label="Note (optional)">
          <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="Opened the March newsletter" />
        </Field>
        <button type="submit" className="button button--small" disabled={add.isPending}>
          Log touch
        </button>
      </form>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </section>
  )
}
