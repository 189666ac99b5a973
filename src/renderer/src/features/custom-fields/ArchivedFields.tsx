import { CUSTOM_FIELD_TYPE_LABELS, type CustomField } from '@shared/domain/customFields'
import { errorMessage } from '../../api/errors'
import { useState } from 'react'
import { useRestoreCustomField } from './customFields.queries'

/** Archived fields, folded away: their values are kept, and restoring one shows them again. */
export function ArchivedFields({ fields, onRestored }: { fields: CustomField[]; onRestored: (field: CustomField) => void }) {
  const restore = useRestoreCustomField()
  const [problem, setProblem] = useState<string | null>(null)
  if (fields.length === 0) return null

  async function bringBack(field: CustomField) {
    try {
      await restore.mutateAsync({ id: field.id })
      onRestored(field)
    } catch (error) {
      setProblem(errorMessage(error))
    }
  }

  return (
    <details className="custom-fields-archived">
      <summary>Archived ({fields.length})</summary>
      {problem && <p className="form-error" role="alert">{problem}</p>}
      <ul className="custom-field-list custom-field-list--archived" aria-label="Archived fields">
        {fields.map((field) => (
          <li key={field.id} className="custom-field-row">
            <div className="custom-field-row__main">
              <span className="custom-field-row__label">{field.label}</span>
              <span className="custom-field-row__meta">
                <span className="badge">{CUSTOM_FIELD_TYPE_LABELS[field.type]}</span>
                <span className="muted">Hidden from forms and tables; values kept</span>
              </span>
            </div>
            <button type="button" className="button button--small" aria-label={`Restore “${field.label}”`} onClick={() => void bringBack(field)}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </details>
  )
}
