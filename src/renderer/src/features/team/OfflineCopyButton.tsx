import { errorMessage } from '../../api/errors'
import { useToast } from '../../ui/Toast'
import { useSaveOfflineCopy } from './team.queries'

/** Writes the team workspace as it stands to a solo file: to take on a trip, or to hand to an accountant. */
export function OfflineCopyButton() {
  const save = useSaveOfflineCopy()
  const toast = useToast()
  const saved = (copy: { path: string; leads: number } | null) => {
    if (copy) toast.show(`Saved an offline copy with ${copy.leads.toLocaleString()} leads to ${copy.path}. It opens in Baton and in any SQLite tool.`)
  }
  return (
    <>
      <button type="button" className="button" onClick={() => save.mutate(undefined, { onSuccess: saved })} disabled={save.isPending}>
        {save.isPending ? 'Saving a copy…' : 'Save an offline copy…'}
      </button>
      {save.error && (
        <p className="form-error" role="alert">
          {errorMessage(save.error)}
        </p>
      )}
    </>
  )
}
