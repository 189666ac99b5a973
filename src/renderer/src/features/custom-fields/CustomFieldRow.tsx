import type { DragEvent, KeyboardEvent } from 'react'
import { CUSTOM_FIELD_TYPE_LABELS, type CustomField } from '@shared/domain/customFields'

interface RowProps {
  field: CustomField
  index: number
  count: number
  onMove: (by: -1 | 1) => void
  onEdit: () => void
  onArchive: () => void
  /** Drag and drop: the row being dragged, and where it is dropped. */
  onDragStart: () => void
  onDropOn: () => void
}

/** One live field in Settings: drag it (or Alt+↑/↓ on its handle, or the arrow buttons) to reorder. */
export function CustomFieldRow({ field, index, count, onMove, onEdit, onArchive, onDragStart, onDropOn }: RowProps) {
  function onHandleKey(event: KeyboardEvent) {
    if (event.altKey && event.key === 'ArrowUp' && index > 0) {
      event.preventDefault()
      onMove(-1)
    } else if (event.altKey && event.key === 'ArrowDown' && index < count - 1) {
      event.preventDefault()
      onMove(1)
    }
  }
  return (
    <li
      className="custom-field-row"
      draggable
      onDragStart={(event: DragEvent) => {
        event.dataTransfer.effectAllowed = 'move'
        onDragStart()
      }}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault()
        onDropOn()
      }}
    >
      <button type="button" className="custom-field-row__handle" aria-label={`Reorder “${field.label}” (Alt+Up or Alt+Down)`} onKeyDown={onHandleKey}>
        <span aria-hidden="true">⋮⋮</span>
      </button>
      <div className="custom-field-row__main">
        <span className="custom-field-row__label">
          {field.label}
          {field.required && <span className="badge badge--required">Required</span>}
        </span>
        <span className="custom-field-row__meta">
          <span className="badge">{CUSTOM_FIELD_TYPE_LABELS[field.type]}</span>
          {field.options.length > 0 && <span className="muted">{field.options.join(' · ')}</span>}
        </span>
        {field.helpText && <span className="custom-field-row__help muted">{field.helpText}</span>}
      </div>
      <div className="custom-field-row__actions">
        <button type="button" className="button button--small button--quiet" aria-label={`Move “${field.label}” up`} disabled={index === 0} onClick={() => onMove(-1)}>
          ↑
        </button>
        <button type="button" className="button button--small button--quiet" aria-label={`Move “${field.label}” down`} disabled={index === count - 1} onClick={() => onMove(1)}>
          ↓
        </button>
        <button type="button" className="button button--small" aria-label={`Edit “${field.label}”`} onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="button button--small button--danger-quiet" aria-label={`Archive “${field.label}”`} onClick={onArchive}>
          Archive
        </button>
      </div>
    </li>
  )
}
