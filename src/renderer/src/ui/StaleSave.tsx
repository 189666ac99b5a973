import { useEffect, useRef } from 'react'
import './stale-save.css'

// Shown in a form whose save was refused because someone saved the record first (issue 19):
// who changed what and when, and the two ways on. What the person typed stays in the form.

export function StaleSave({ message, busy, onApply, onDiscard }: { message: string; busy: boolean; onApply: () => void; onDiscard: () => void }) {
  const panel = useRef<HTMLDivElement>(null)
  // The panel takes focus so a keyboard or screen reader user lands on the choice to make.
  useEffect(() => panel.current?.focus(), [message])
  return (
    <div className="stale-save" role="alert" tabIndex={-1} ref={panel} aria-labelledby="stale-save-title">
      <p id="stale-save-title" className="stale-save__title">
        Not saved — someone saved this first
      </p>
      <p className="stale-save__message">{message}</p>
      <div className="stale-save__actions">
        <button type="button" className="button button--primary" onClick={onApply} aria-busy={busy}>
          Apply my changes again
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          Discard mine
        </button>
      </div>
    </div>
  )
}
