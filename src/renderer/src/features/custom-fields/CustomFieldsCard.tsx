import { useState } from 'react'
import { CUSTOM_FIELD_ENTITIES, ENTITY_LABELS, type CustomField, type CustomFieldEntity } from '@shared/domain/customFields'
import { errorMessage } from '../../api/errors'
import { QueryError } from '../../ui/QueryError'
import { ArchivedFields } from './ArchivedFields'
import { CustomFieldForm } from './CustomFieldForm'
import { CustomFieldRow } from './CustomFieldRow'
import { useArchiveCustomField, useCustomFields, useReorderCustomFields } from './customFields.queries'

const moved = (ids: number[], from: number, to: number) => {
  const next = [...ids]
  const [id] = next.splice(from, 1)
  if (id !== undefined) next.splice(to, 0, id)
  return next
}

/** Settings → Custom fields: the firm's own fields on leads, people and organisations. */
export function CustomFieldsCard() {
  const [entity, setEntity] = useState<CustomFieldEntity>('lead')
  const [editing, setEditing] = useState<CustomField | 'new' | null>(null)
  const [dragged, setDragged] = useState<number | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const all = useCustomFields(entity, true)
  const reorder = useReorderCustomFields()
  const archive = useArchiveCustomField()
  const live = all.data?.filter((f) => f.archivedAt === null) ?? []
  const archived = all.data?.filter((f) => f.archivedAt !== null) ?? []

  async function place(from: number, to: number) {
    const field = live[from]
    if (!field || to < 0 || to >= live.length || from === to) return
    setProblem(null)
    try {
      await reorder.mutateAsync({ entity, ids: moved(live.map((f) => f.id), from, to) })
      setAnnouncement(`“${field.label}” moved to position ${to + 1} of ${live.length}.`)
    } catch (error) {
      setProblem(errorMessage(error))
    }
  }

  async function archiveField(field: CustomField) {
    setProblem(null)
    try {
      await archive.mutateAsync({ id: field.id })
      setAnnouncement(`“${field.label}” archived. Its values are kept; restore it to show them again.`)
    } catch (error) {
      setProblem(errorMessage(error))
    }
  }

  return (
    <section className="card settings-card custom-fields-card" aria-labelledby="custom-fields-title">
      <div className="custom-fields-card__header">
        <div>
          <h2 id="custom-fields-title">Custom fields</h2>
          <p className="muted">Your own fields on leads, people and organisations. They show in the drawer and the pages, as table columns and filters, and in every export.</p>
        </div>
        <div className="segmented" role="group" aria-label="Fields of">
          {CUSTOM_FIELD_ENTITIES.map((e) => (
            <button key={e} type="button" aria-pressed={entity === e} onClick={() => (setEntity(e), setEditing(null))}>
              {ENTITY_LABELS[e].many}
            </button>
          ))}
        </div>
      </div>
      {problem && <p className="form-error" role="alert">{problem}</p>}
      {all.error ? (
        <QueryError error={all.error} onRetry={() => void all.refetch()} />
      ) : live.length === 0 && all.data ? (
        <p className="custom-fields-card__empty muted">No fields on {ENTITY_LABELS[entity].many.toLowerCase()} yet. Add what your team keeps track of — a renewal date, a plan, the number of seats.</p>
      ) : (
        <ol className="custom-field-list" aria-label={`Fields on ${ENTITY_LABELS[entity].many.toLowerCase()}, in order`}>
          {live.map((field, index) =>
            editing !== 'new' && editing?.id === field.id ? (
              <li key={field.id} className="custom-field-list__editing">
                <CustomFieldForm entity={entity} field={field} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <CustomFieldRow
                key={field.id}
                field={field}
                index={index}
                count={live.length}
                onMove={(by) => void place(index, index + by)}
                onEdit={() => setEditing(field)}
                onArchive={() => void archiveField(field)}
                onDragStart={() => setDragged(index)}
                onDropOn={() => (dragged !== null ? void place(dragged, index) : undefined, setDragged(null))}
              />
            ),
          )}
        </ol>
      )}
      {editing === 'new' ? (
        <CustomFieldForm entity={entity} onDone={() => setEditing(null)} />
      ) : (
        <div>
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            Add a field
          </button>
        </div>
      )}
      <ArchivedFields fields={archived} onRestored={(field) => setAnnouncement(`“${field.label}” restored.`)} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  )
}
