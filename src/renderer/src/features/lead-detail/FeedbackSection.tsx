import { useState, type FormEvent } from 'react'
import { FeedbackInput } from '@shared/contract/feedback'
import { FEEDBACK_KINDS } from '@shared/domain/enums'
import type { Lead } from '@shared/domain/leads'
import { errorMessage } from '../../api/errors'
import { shortDay } from '../../ui/format'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { FEEDBACK_KIND_LABELS } from './labels'
import { useCreateFeedback, useDeleteFeedback, useFeedback } from './lead-detail.queries'

/** What the lead said about the offer; it is counted on the campaign the lead came from. */
export function FeedbackSection({ lead }: { lead: Lead }) {
  const feedback = useFeedback(lead.id)
  const create = useCreateFeedback()
  const remove = useDeleteFeedback()
  const [kind, setKind] = useState('objection')
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const errors = useFormErrors()
  const headingId = `lead-${lead.id}-feedback`

  async function submit(event: FormEvent) {
    event.preventDefault()
    const input = errors.check(FeedbackInput, { leadId: lead.id, kind, text })
    if (!input) return
    try {
      await create.mutateAsync(input)
      setText('')
    } catch (error) {
      errors.fromError(error)
    }
  }

  const hint = lead.sourceCampaignName
    ? `Counted on “${lead.sourceCampaignName}”, so its report shows what its leads object to.`
    : 'This lead has no source campaign, so this stays with the lead only.'
  return (
    <section className="drawer__section" aria-labelledby={headingId}>
      <h3 id={headingId}>Feedback</h3>
      <form className="feedback-form" onSubmit={(event) => void submit(event)} noValidate aria-label="Add feedback">
        {errors.form && <p className="form-error" role="alert">{errors.form}</p>}
        <Field label="Kind of feedback" error={errors.fields['kind']}>
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            {FEEDBACK_KINDS.map((k) => (
              <option key={k} value={k}>
                {FEEDBACK_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="What they said" error={errors.fields['text']} hint={hint}>
          <input value={text} onChange={(e) => setText(e.target.value)} placeholder="Too expensive for a team of five" />
        </Field>
        <button type="submit" className="button button--small" disabled={create.isPending}>
          Add feedback
        </button>
      </form>
      {problem && <p className="field__error" role="alert">{problem}</p>}
      {feedback.data && feedback.data.length > 0 && (
        <ul className="feedback-list" aria-label="Feedback">
          {feedback.data.map((item) => (
            <li key={item.id} className="feedback-item">
              <span className={`badge badge--feedback-${item.kind}`}>{FEEDBACK_KIND_LABELS[item.kind]}</span>
              <p className="feedback-item__text">{item.text}</p>
              <span className="muted">
                {shortDay(item.createdAt)}
                {item.campaignName && ` · ${item.campaignName}`}
              </span>
              <button
                type="button"
                className="button button--small button--danger-quiet"
                aria-label={`Delete feedback “${item.text}”`}
                onClick={() => {
                  setProblem(null)
                  remove.mutateAsync({ id: item.id }).catch((error: unknown) => setProblem(errorMessage(error)))
                }}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
