import { useLayoutEffect, useRef, type ReactNode } from 'react'
import { Icon } from './icons'

/** A modal on the native <dialog>: focus is trapped and Escape closes it, for free. */
export function Dialog({ title, open, onClose, children, footer, wide }: { title: string; open: boolean; onClose: () => void; children: ReactNode; footer?: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null)
  // A layout effect: the dialog is modal in the same commit that mounts it, before anything can be typed
  // into it while it is still a plain box (its CSS shows it, so the content's autoFocus can take).
  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      // showModal() moves focus to the dialog's first focusable element (its Close button), which would
      // undo the field the content focused (autoFocus) and send the first keystrokes nowhere: keep it.
      const focused = document.activeElement
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '')
      if (focused instanceof HTMLElement && focused !== dialog && dialog.contains(focused)) focused.focus()
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close()
      else dialog.removeAttribute('open')
    }
  }, [open])
  if (!open) return null
  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' dialog--wide' : ''}`}
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <header className="dialog__header">
        <h2>{title}</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          <Icon name="close" />
        </button>
      </header>
      <div className="dialog__body">{children}</div>
      {footer && <footer className="dialog__footer">{footer}</footer>}
    </dialog>
  )
}
