import { useState } from 'react'
import { errorMessage } from '../../api/errors'
import { Dialog } from '../../ui/Dialog'
import type { PartyKind } from './parties.queries'

interface PartyDeleteDialogProps {
  kind: PartyKind
  /** "Dana Li" or "3 people". */
  who: string
  /** Open deals the loaded rows show, to say up front what is at stake (closed ones count too). */
  openDeals: number
  onDelete: (deleteLeads: boolean) => Promise<void>
  onClose: () => void
}

/**
 * Asks before deleting people or organisations, and says what happens to their deals: kept
 * safe (the delete is refused while they have any) unless the person ticks to delete them too.
 */
export function PartyDeleteDialog({ kind, who, openDeals, onDelete, onClose }: PartyDeleteDialogProps) {
  const [deleteLeads, setDeleteLeads] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function confirm() {
    setBusy(true)
    setError(null)
    try {
      await onDelete(deleteLeads)
      onClose()
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Dialog
      title={`Delete ${who}?`}
      open
      onClose={onClose}
      footer={
        <>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--danger" disabled={busy} onClick={() => void confirm()}>
            {deleteLeads ? `Delete ${who} and their deals` : `Delete ${who}`}
          </button>
        </>
      }
    >
      <div className="party-delete">
        <p>
          This can't be undone.{' '}
          {kind === 'organization' ? 'Its people stay in Baton, without an organisation.' : 'Their emails, phones, tags and notes go with them.'}
        </p>
        {openDeals > 0 && (
          <p>
            <strong>{openDeals === 1 ? '1 open deal' : `${openDeals} open deals`}</strong> {kind === 'organization' ? 'belong to it.' : 'belong to them.'}
          </p>
        )}
        <label className="checkbox-label">
          <input type="checkbox" checked={deleteLeads} onChange={(event) => setDeleteLeads(event.target.checked)} />
          Also delete their deals, open and closed, with every activity and stage change
        </label>
        <p className="muted">Left unticked, anyone who still has deals is not deleted and Baton says who.</p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </Dialog>
  )
}
