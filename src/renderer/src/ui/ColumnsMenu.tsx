import { useEffect, useId, useRef, useState } from 'react'
import { moveLayoutColumn, toggleLayoutColumn, type ColumnLayout, type ColumnSet } from './columnLayout'

/**
 * Show, hide and reorder a table's columns. Plain checkboxes and buttons rather than
 * drag and drop, so it works from the keyboard; Escape or a click outside closes it.
 */
export function ColumnsMenu<Id extends string>({ set, layout, onChange }: { set: ColumnSet<Id>; layout: ColumnLayout<Id>; onChange: (next: ColumnLayout<Id>) => void }) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    const closeOutside = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', closeOutside)
    return () => document.removeEventListener('mousedown', closeOutside)
  }, [open])

  // aria-disabled rather than disabled at the ends: a disabled button drops the keyboard focus.
  const move = (id: Id, by: -1 | 1) => {
    const next = moveLayoutColumn(layout, id, by)
    if (next !== layout) onChange(next)
  }

  const close = () => {
    setOpen(false)
    buttonRef.current?.focus()
  }

  return (
    <div
      ref={rootRef}
      className="columns-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation()
          close()
        }
      }}
    >
      <button ref={buttonRef} type="button" className="button button--small" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        Columns
      </button>
      {open && (
        <div id={panelId} className="columns-menu__panel" role="group" aria-label="Columns">
          <p className="columns-menu__hint">Tick the columns to show; arrows change their order.</p>
          <ul>
            {layout.order.map((id, index) => {
              const label = set.labels[id]
              return (
                <li key={id}>
                  <label>
                    <input type="checkbox" checked={!layout.hidden.includes(id)} disabled={set.alwaysShown.has(id)} onChange={() => onChange(toggleLayoutColumn(set, layout, id))} />
                    {label}
                  </label>
                  <button type="button" className="icon-button" aria-label={`Move ${label} up`} aria-disabled={index === 0} onClick={() => move(id, -1)}>
                    ↑
                  </button>
                  <button type="button" className="icon-button" aria-label={`Move ${label} down`} aria-disabled={index === layout.order.length - 1} onClick={() => move(id, 1)}>
                    ↓
                  </button>
                </li>
              )
            })}
          </ul>
        </div>
      )}
    </div>
  )
}
