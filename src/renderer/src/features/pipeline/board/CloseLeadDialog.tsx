import { useState, type FormEvent } from 'react'
import type { BoardCard } from '@shared/domain/board'
import { amountProblem, minorToInput, parseMoney } from '@shared/domain/money'
import type { Stage } from '@shared/domain/pipelines'
import { Dialog } from '../../../ui/Dialog'
import { Field } from '../../../ui/Field'
import { useLostReasons } from '../board.queries'
import { CURRENCY } from '../../../ui/format'

export type CloseDetails = { wonValueMinor: number } | { lostReason: string; lostNote: string }

const OTHER = '__other'

/** Asks what closing a lead needs: the final value for Won, the reason for Lost. */
export function CloseLeadDialog({ card, stage, onConfirm, onCancel }: { card: BoardCard; stage: Stage; onConfirm: (details: CloseDetails) => void; onCancel: () => void }) {
  const won = stage.kind === 'won'
  const reasons = useLostReasons()
  const [value, setValue] = useState(minorToInput(card.valueMinor))
  const [reason, setReason] = useState('')
  const [otherReason, setOtherReason] = useState('')
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | undefined>()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (won) {
      const minor = parseMoney(value)
      const problem = amountProblem(value, '12,000.00')
      if (minor === null || problem) return setError(problem ?? 'Enter the final value, like 12,000.00')
      return onConfirm({ wonValueMinor: minor })
    }
    const chosen = reason === OTHER ? otherReason.trim() : reason
    if (!chosen) return setError(reason === OTHER ? 'Type the reason it was lost' : 'Pick the reason it was lost')
    onConfirm({ lostReason: chosen, lostNote: note.trim() })
  }

  const title = won ? `Mark ${card.personName} as won` : `Mark ${card.personName} as lost`
  return (
    <Dialog
      title={title}
      open
      onClose={onCancel}
      footer={
        <>
          <span className="spacer" />
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" form="close-lead-form" className={won ? 'button button--primary' : 'button button--danger'}>
            {won ? 'Mark as won' : 'Mark as lost'}
          </button>
        </>
      }
    >
      <form id="close-lead-form" className="form-stack" onSubmit={submit} noValidate>
        {won ? (
          <Field label={`Final value (${CURRENCY})`} error={error} hint="What the customer actually signed for">
            <input value={value} onChange={(e) => (setValue(e.target.value), setError(undefined))} inputMode="decimal" autoFocus />
          </Field>
        ) : (
          <>
            <Field label="Reason" error={reason === OTHER ? undefined : error} hint="Lost reasons roll up to the campaign that brought the lead">
              <select value={reason} onChange={(e) => (setReason(e.target.value), setError(undefined))} autoFocus>
                <option value="">Choose a reason…</option>
                {reasons.data?.map((r) => (
                  <option key={r.id} value={r.label}>
                    {r.label}
                  </option>
                ))}
                <option value={OTHER}>Another reason…</option>
              </select>
            </Field>
            {reason === OTHER && (
              <Field label="Your reason" error={error}>
                <input value={otherReason} onChange={(e) => (setOtherReason(e.target.value), setError(undefined))} autoFocus />
              </Field>
            )}
            <Field label="Note (optional)">
              <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} placeholder="What would have won it?" />
            </Field>
          </>
        )}
      </form>
    </Dialog>
  )
}
