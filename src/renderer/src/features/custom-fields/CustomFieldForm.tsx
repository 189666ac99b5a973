import { useState, type FormEvent } from 'react'
import { CustomFieldInput, CustomFieldPatch } from '@shared/contract/customFields'
import { CUSTOM_FIELD_TYPE_LABELS, CUSTOM_FIELD_TYPES, isChoiceType, type CustomField, type CustomFieldEntity, type CustomFieldType } from '@shared/domain/customFields'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { useCreateCustomField, useUpdateCustomField } from './customFields.queries'

interface FormProps {
  entity: CustomFieldEntity
  /** The field being edited; left out, the form adds a new one. */
  field?: CustomField
  onDone: () => void
}

const choicesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

/** Adds a field, or edits one's label, choices, help and whether it is required (its type stays: values are stored by type). */
export function CustomFieldForm({ entity, field, onDone }: FormProps) {
  const [label, setLabel] = useState(field?.label ?? '')
  const [type, setType] = useState<CustomFieldType>(field?.type ?? 'text')
  const [choices, setChoices] = useState(field?.options.join('\n') ?? '')
  const [helpText, setHelpText] = useState(field?.helpText ?? '')
  const [required, setRequired] = useState(field?.required ?? false)
  const errors = useFormErrors()
  const create = useCreateCustomField()
  const update = useUpdateCustomField()
  const pending = create.isPending || update.isPending

  async function submit(event: FormEvent) {
    event.preventDefault()
    const options = isChoiceType(type) ? choicesOf(choices) : []
    try {
      if (field) {
        const fields = errors.check(CustomFieldPatch, { label, helpText, required, ...(isChoiceType(type) && { options }) })
        if (!fields) return
        await update.mutateAsync({ id: field.id, fields })
      } else {
        const input = errors.check(CustomFieldInput, { entity, label, type, options, helpText, required })
        if (!input) return
        await create.mutateAsync(input)
      }
      onDone()
    } catch (error) {
      errors.fromError(error)
    }
  }

  const title = field ? `Edit “${field.label}”` : 'New field'
  return (
    <form className="custom-field-form" onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
      <h3>{title}</h3>
      {errors.form && <p className="form-error" role="alert">{errors.form}</p>}
      <div className="form-grid">
        <Field label="Label" error={errors.fields['label']}>
          <input value={label} onChange={(e) => setLabel(e.target.value)} placeholder="Contract renewal" autoFocus />
        </Field>
        <Field label="Type" hint={field ? 'The type stays once a field is made: values are kept by type.' : undefined}>
          <select value={type} onChange={(e) => setType(e.target.value as CustomFieldType)} disabled={field !== undefined}>
            {CUSTOM_FIELD_TYPES.map((t) => (
              <option key={t} value={t}>
                {CUSTOM_FIELD_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </Field>
        {isChoiceType(type) && (
          <Field label="Choices, one per line" error={errors.fields['options']} hint="In the order lists and sorting should use." wide>
            <textarea rows={4} value={choices} onChange={(e) => setChoices(e.target.value)} placeholder={'Bronze\nSilver\nGold'} />
          </Field>
        )}
        <Field label="Help text" error={errors.fields['helpText']} hint="Shown under the field, to say what goes in it." wide>
          <input value={helpText} onChange={(e) => setHelpText(e.target.value)} placeholder="The date the current contract ends" />
        </Field>
        <label className="checkbox-label field--wide">
          <input type="checkbox" checked={required} onChange={(e) => setRequired(e.target.checked)} />
          Required — a record cannot be saved without it
        </label>
      </div>
      <div className="custom-field-form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {field ? 'Save field' : 'Add field'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
