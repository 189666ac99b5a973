import { useState } from 'react'
import { customValueProblem } from '@shared/contract/customFieldValues'
import type { CustomField, CustomValue } from '@shared/domain/customFields'
import { Field } from '../../ui/Field'
import { inputTextOf, valueFromInput } from './valueText'

interface EditorProps {
  field: CustomField
  value: CustomValue | undefined
  /** Saves the value; resolves to main's message when it refuses it, else null. */
  onCommit: (value: CustomValue) => Promise<string | null>
  /** A message from outside (main refused the form this field is in). */
  error?: string | undefined
}

const same = (a: CustomValue | undefined, b: CustomValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * One custom field edited in place: text-like fields save when you leave them (or press Enter),
 * choices, yes/no and dates as soon as they change. The value is checked with the same rules
 * main uses, so a wrong one is explained beside the field before anything is sent.
 */
export function CustomFieldEditor({ field, value, onCommit, error: given }: EditorProps) {
  const [text, setText] = useState(() => inputTextOf(field, value))
  const [own, setError] = useState<string | null>(null)
  const error = own ?? given ?? null
  // A saved value (here or on another screen) replaces what the input shows.
  const [shown, setShown] = useState(value)
  if (!same(shown, value)) {
    setShown(value)
    setText(inputTextOf(field, value))
  }

  async function commit(next: CustomValue) {
    if (same(next, value)) return setError(null)
    const problem = customValueProblem(field, next)
    if (problem) return setError(problem)
    setError(await onCommit(next))
  }

  const label = `${field.label}${field.required ? ' *' : ''}`
  const hint = field.helpText ?? undefined
  const wide = field.type === 'long_text' || field.type === 'choices'
  const textProps = {
    value: text,
    onChange: (event: { target: { value: string } }) => setText(event.target.value),
    onBlur: () => void commit(valueFromInput(field, text)),
  }

  switch (field.type) {
    case 'long_text':
      return (
        <Field label={label} hint={hint} error={error ?? undefined} wide>
          <textarea rows={3} {...textProps} />
        </Field>
      )
    case 'yes_no':
    case 'choice': {
      const options = field.type === 'yes_no' ? ['Yes', 'No'] : field.options
      const shown = field.type === 'yes_no' ? (value === true ? 'Yes' : value === false ? 'No' : '') : typeof value === 'string' ? value : ''
      return (
        <Field label={label} hint={hint} error={error ?? undefined}>
          <select
            value={shown}
            onChange={(event) => {
              const picked = event.target.value
              void commit(picked === '' ? null : field.type === 'yes_no' ? picked === 'Yes' : picked)
            }}
          >
            <option value="">—</option>
            {options.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </Field>
      )
    }
    case 'choices': {
      const chosen = Array.isArray(value) ? value : []
      return (
        <fieldset className={`field field--wide custom-choices${error ? ' field--invalid' : ''}`}>
          <legend>{label}</legend>
          <div className="custom-choices__options">
            {field.options.map((option) => (
              <label key={option} className="custom-choices__option">
                <input
                  type="checkbox"
                  checked={chosen.includes(option)}
                  onChange={(event) => void commit(event.target.checked ? [...chosen, option] : chosen.filter((c) => c !== option))}
                />
                {option}
              </label>
            ))}
          </div>
          {error ? <p className="field__error" role="alert">{error}</p> : hint && <p className="field__hint">{hint}</p>}
        </fieldset>
      )
    }
    case 'date':
      return (
        <Field label={label} hint={hint} error={error ?? undefined}>
          <input type="date" {...textProps} onChange={(event) => setText(event.target.value)} />
        </Field>
      )
    default:
      return (
        <Field label={label} hint={hint} error={error ?? undefined} wide={wide}>
          <input
            type={field.type === 'email' ? 'text' : field.type === 'phone' ? 'tel' : 'text'}
            inputMode={field.type === 'number' || field.type === 'money' ? 'decimal' : field.type === 'email' ? 'email' : field.type === 'url' ? 'url' : undefined}
            spellCheck={field.type === 'text'}
            {...textProps}
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.currentTarget.blur()
            }}
          />
        </Field>
      )
  }
}
