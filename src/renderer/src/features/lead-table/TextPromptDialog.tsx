import { useId, useState, type FormEvent } from 'react'
import { errorMessage } from '../../api/errors'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'

interface TextPromptDialogProps {
  title: string
  label: string
  hint?: string
  submitLabel: string
  /** Values already in use, offered as the person types. */
  suggestions?: string[]
  /** Returns a message to show when the value cannot be used yet. */
  validate?: (value: string) => string | null
  onSubmit: (value: string) => Promise<void>
  onClose: () => void
}

/** A one-field dialog for the bulk actions that need a word from the person (owner, tag). */
export function TextPromptDialog({ title, label, hint, submitLabel, suggestions = [], validate, onSubmit, onClose }: TextPromptDialogProps) {
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const listId = useId()
  const formId = useId()

  async function submit(event: FormEvent) {
    event.preventDefault()
    const problem = validate?.(value.trim()) ?? null
    if (problem) return setError(problem)
    setBusy(true)
    try {
      await onSubmit(value.trim())
    } catch (failure) {
      setError(errorMessage(failure))
      setBusy(false)
    }
  }

  return (
    <Dialog
      title={title}
      open
      onClose={onClose}
      footer={
        <>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy}>
            {submitLabel}
          </button>
        </>
      }
    >
      <form id={formId} onSubmit={(event) => void submit(event)} noValidate>
        <Field label={label} error={error ?? undefined} hint={hint}>
          <input value={value} onChange={(event) => setValue(event.target.value)} list={listId} autoFocus autoComplete="off" />
        </Field>
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </form>
    </Dialog>
  )
}
