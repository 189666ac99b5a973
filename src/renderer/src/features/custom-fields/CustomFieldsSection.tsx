import { useState } from 'react'
import type { CustomFieldEntity, CustomValue, CustomValues } from '@shared/domain/customFields'
import { AppError } from '@shared/errors'
import { errorMessage } from '../../api/errors'
import { CustomFieldEditor } from './CustomFieldEditor'
import { useCustomFields } from './customFields.queries'

interface SectionProps {
  entity: CustomFieldEntity
  /** For the heading's id: one section per record on screen. */
  recordId: number
  values: CustomValues | undefined
  /** Saves one field's value through the record's own update (leads.update, people.update…). */
  save: (customFields: CustomValues) => Promise<unknown>
}

/**
 * A record's custom fields, each edited in place, for the lead drawer and the person and
 * organisation pages. Nothing shows while the firm has added no fields for this kind of record.
 */
export function CustomFieldsSection({ entity, recordId, values, save }: SectionProps) {
  const fields = useCustomFields(entity)
  const [status, setStatus] = useState('')
  if (!fields.data || fields.data.length === 0) return null

  async function commit(key: string, value: CustomValue): Promise<string | null> {
    setStatus('')
    try {
      await save({ [key]: value })
      setStatus('Saved.')
      return null
    } catch (error) {
      return error instanceof AppError ? error.message : errorMessage(error)
    }
  }

  const headingId = `${entity}-${recordId}-custom-fields`
  return (
    <section className="drawer__section custom-fields" aria-labelledby={headingId}>
      <h3 id={headingId}>More details</h3>
      <div className="form-grid">
        {fields.data.map((field) => (
          <CustomFieldEditor key={field.id} field={field} value={values?.[field.key]} onCommit={(value) => commit(field.key, value)} />
        ))}
      </div>
      <p className="custom-fields__status muted" role="status">
        {status}
      </p>
    </section>
  )
}
