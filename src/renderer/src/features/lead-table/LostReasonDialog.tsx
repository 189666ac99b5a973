import { useId, useState, type FormEvent } from 'react'
import { errorMessage } from '../../api/errors'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { useLostReasons } from './leadTable.queries'
import { leadsCount } from './count'

const OTHER = '__other'

interface LostReasonDialogProps {
  count: number
  stageName: string
  onSubmit: (reason: { lostReason: string; lostNote?: string }) => Promise<void>
  onClose: () => void
}

/** Moving leads to Lost asks why: one of the firm's reasons, or the person's own words. */
export function LostReasonDialog({ count, stageName, onSubmit, onClose }: LostReasonDialogProps) {
  const reasons = useLostReasons()
  const [choice, setChoice] = useState('')
  const [own, setOwn] = useState('')
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const formId = useId()
  const listed = reasons.data ?? []
  // With no reasons set up yet, the person writes one.
  const writing = choice === OTHER || (reasons.isSuccess && listed.length === 0)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const lostReason = (writing ? own : choice).trim()
    if (!lostReason) return setError(writing ? 'Write why these leads were lost' : 'Pick why these leads were lost')
    setBusy(true)
    try {
      await onSubmit({ lostReason, ...(note.trim() && { lostNote: note.trim() }) })
    } catch (failure) {
      setError(errorMessage(failure))
      setBusy(false)
    }
  }

  return (
    <Dialog
      title={`Move ${leadsCount(count)} to ${stageName}`}
      open
      onClose={onClose}
      footer={
        <>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy}>
            Move to {stageName}
          </button>
        </>
      }
    >
      <form id={formId} className="form-stack" onSubmit={(event) => void submit(event)} noValidate>
        {listed.length > 0 && (
          <Field label="Why were they lost?" error={writing ? undefined : (error ?? undefined)}>
            <select value={choice} onChange={(event) => (setChoice(event.target.value), setError(null))} autoFocus>
              <option value="">Choose a reason…</option>
              {listed.map((reason) => (
                <option key={reason.id} value={reason.label}>
                  {reason.label}
                </option>
              ))}
              <option value={OTHER}>Another reason…</option>
            </select>
          </Field>
        )}
        {writing && (
          <Field label="Reason" error={error ?? undefined}>
            <input value={own} onChange={(event) => (setOwn(event.target.value), setError(null))} autoFocus maxLength={200} />
          </Field>
        )}
        <Field label="Note (optional)" hint="Anything the team should remember, e.g. who won the deal instead">
          <textarea rows={2} value={note} onChange={(event) => setNote(event.target.value)} maxLength={2000} />
        </Field>
      </form>
    </Dialog>
  )
}
