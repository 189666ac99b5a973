import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react'
import { AppError } from '@shared/errors'
import { errorMessage } from '../../api/errors'
import { useRoute } from '../../app/router'
import { Icon } from '../../ui/icons'
import { LeadDetail } from './LeadDetail'
import { useLead } from './lead-detail.queries'

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])'

/**
 * The lead detail panel. Mounted once in App: any page opens it by putting `lead=<id>` in
 * the address (so a reload or a shared link lands on the same lead) and closes it by removing it.
 */
export function LeadDrawer() {
  const { params, setParams } = useRoute()
  const close = useCallback(() => setParams({ lead: undefined }), [setParams])
  const raw = params.get('lead')
  const id = raw && /^\d+$/.test(raw) ? Number(raw) : null
  if (id === null) return null
  return <DrawerPanel key={id} leadId={id} onClose={close} />
}

function DrawerPanel({ leadId, onClose }: { leadId: number; onClose: () => void }) {
  const lead = useLead(leadId)
  const panel = useRef<HTMLDivElement>(null)

  // Focus moves into the panel when it opens and goes back where it was when it closes,
  // so a keyboard user continues from the card they opened.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    panel.current?.focus()
    return () => {
      if (before?.isConnected) before.focus()
    }
  }, [])

  // Escape is heard on the whole document: focus can drop to <body> when a button it was on
  // goes away. A dialog opened on top of the drawer handles its own Escape first.
  useEffect(() => {
    function onEscape(event: globalThis.KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      const owner = event.target instanceof Element ? event.target.closest('dialog, [role="dialog"]') : null
      if (owner && owner !== panel.current) return
      onClose()
    }
    document.addEventListener('keydown', onEscape)
    return () => document.removeEventListener('keydown', onEscape)
  }, [onClose])

  // A modal panel keeps Tab inside it.
  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Tab' || !panel.current) return
    const items = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)]
    const first = items[0]
    const last = items[items.length - 1]
    if (!first || !last) return
    if (event.shiftKey && (document.activeElement === first || document.activeElement === panel.current)) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }

  const name = lead.data?.dealName ?? 'Lead'
  return (
    <div className="drawer-layer">
      <div className="drawer-backdrop" onClick={onClose} aria-hidden="true" />
      <div ref={panel} className="drawer" role="dialog" aria-modal="true" aria-label={name} tabIndex={-1} onKeyDown={onKeyDown}>
        {lead.data ? (
          <LeadDetail lead={lead.data} onClose={onClose} />
        ) : (
          <div className="drawer__placeholder">
            <button type="button" className="icon-button drawer__close" aria-label="Close" onClick={onClose}>
              <Icon name="close" />
            </button>
            {lead.error ? <p role="alert">{missingMessage(lead.error)}</p> : <p className="muted">Loading…</p>}
          </div>
        )}
      </div>
    </div>
  )
}

function missingMessage(error: unknown): string {
  if (error instanceof AppError && error.code === 'not_found') return 'This lead no longer exists. It may have been deleted.'
  return errorMessage(error)
}
