import { useState } from 'react'
import type { CustomFieldEntity, CustomValue, CustomValues } from '@shared/domain/customFields'
import { AppError } from '@shared/errors'
import { errorMessage } from '../../api/errors'
import { StaleSave } from '../../ui/StaleSave'
import { CustomFieldEditor } from './CustomFieldEditor'
import { useCustomFields } from './customFields.queries'

interface SectionProps {
  entity: CustomFieldEntity
  /** For the heading's id: one section per record on screen. */
  recordId: number
  values: CustomValues | undefined
  /** The record's version on screen: a save is based on it, so one made after someone else's is refused, not silent. */
  version: number
  /** Saves one field's value through the record's own update (leads.update, people.update…). */
  save: (customFields: CustomValues, basedOnVersion: number) => Promise<unknown>
}

interface Refused {
  key: string
  value: CustomValue
  message: string
}

/**
 * A record's custom fields, each edited in place, for the lead drawer and the person and
 * organisation pages. Nothing shows while the firm has added no fields for this kind of record.
 */
export function CustomFieldsSection({ entity, recordId, values, version, save }: SectionProps) {
  const fields = useCustomFields(entity)
  const [status, setStatus] = useState('')
  // A value refused because someone saved the record first: kept to apply again in one click.
  const [refused, setRefused] = useState<Refused | null>(null)
  // Discarding a refused value shows the saved one again: the editors start over.
  const [resets, setResets] = useState(0)
  if (!fields.data || fields.data.length === 0) return null

  async function commit(key: string, value: CustomValue): Promise<string | null> {
    setStatus('')
    try {
      await save({ [key]: value }, version)
      setRefused(null)
      setStatus('Saved.')
      return null
    } catch (error) {
      if (error instanceof AppError && error.code === 'stale') {
        setRefused({ key, value, message: error.message })
        return 'Not saved yet: someone saved this record first (see above).'
      }
      return error instanceof AppError ? error.message : errorMessage(error)
    }
  }

  function discard() {
    setRefused(null)
    setResets((n) => n + 1)
  }

  const headingId = `${entity}-${recordId}-custom-fields`
  return (
    <section className="drawer__section custom-fields" aria-labelledby={headingId}>
      <h3 id={headingId}>More details</h3>
      <div className="form-grid">
        {refused && <StaleSave message={refused.message} busy={false} onApply={() => void commit(refused.key, refused.value)} onDiscard={discard} />}
        {fields.data.map((field) => (
          <CustomFieldEditor key={`${field.id}:${resets}`} field={field} value={values?.[field.key]} onCommit={(value) => commit(field.key, value)} />
        ))}
      </div>
      <p className="custom-fields__status muted" role="status">
        {status}
      </p>
    </section>
  )
}
