import { useState, type FormEvent } from 'react'
import { SpendInput } from '@shared/contract/campaignSpend'
import type { SpendEntry } from '@shared/domain/campaignSpend'
import { amountProblem, minorToInput, parseMoney } from '@shared/domain/money'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { firmToday } from '../../ui/clock'
import { CURRENCY } from '../../ui/format'
import { useSaveSpend } from './campaignPage.queries'


/** Adds a spend entry, or edits one in place of its row. */
export function SpendForm({ campaignId, entry, onDone }: { campaignId: number; entry?: SpendEntry; onDone?: () => void }) {
  const blank = { spentOn: firmToday(), amount: '', note: '' }
  const [draft, setDraft] = useState(entry ? { spentOn: entry.spentOn, amount: minorToInput(entry.amountMinor), note: entry.note ?? '' } : blank)
  const errors = useFormErrors()
  const save = useSaveSpend(campaignId)
  const set = (key: keyof typeof draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    const amountMinor = draft.amount.trim() === '' ? 0 : (parseMoney(draft.amount) ?? Number.NaN)
    const fields = errors.check(SpendInput, { spentOn: draft.spentOn, amountMinor, note: draft.note })
    if (!fields) return
    try {
      await save.mutateAsync({ id: entry?.id ?? null, fields })
      if (entry) onDone?.()
      else setDraft({ ...blank, spentOn: draft.spentOn })
    } catch (error) {
      errors.fromError(error)
    }
  }

  const amountError = errors.fields['amountMinor'] ? (amountProblem(draft.amount, '1,250.50') ?? errors.fields['amountMinor']) : undefined
  return (
    <form className="spend-form" aria-label={entry ? 'Edit spend entry' : 'Add spend'} onSubmit={(event) => void submit(event)} noValidate>
      <Field label="Date" error={errors.fields['spentOn']}>
        <input type="date" value={draft.spentOn} onChange={set('spentOn')} />
      </Field>
      <Field label={`Amount (${CURRENCY})`} error={amountError}>
        <input value={draft.amount} onChange={set('amount')} inputMode="decimal" placeholder="0.00" autoFocus={Boolean(entry)} />
      </Field>
      <Field label="Note" error={errors.fields['note']}>
        <input value={draft.note} onChange={set('note')} placeholder="Invoice, ad set, sponsor…" />
      </Field>
      <div className="spend-form__actions">
        {entry && (
          <button type="button" className="button" onClick={onDone}>
            Cancel
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {entry ? 'Save' : 'Add spend'}
        </button>
      </div>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
    </form>
  )
}
