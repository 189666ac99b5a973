import type { MergeKind } from '@shared/domain/merges'
import { errorMessage } from '../../api/errors'
import { shortDay } from '../../ui/format'
import { useToast } from '../../ui/Toast'
import { useMergeHistory, useUndoMerge } from './merges.queries'
import './merges.css'

/** A record's merges that can still be undone, newest first: for a person's or organisation's page. Nothing when there are none. */
export function MergeHistory({ kind, id }: { kind: MergeKind; id: number }) {
  const history = useMergeHistory(kind, id)
  const undo = useUndoMerge()
  const toast = useToast()
  if (!history.data || history.data.length === 0) return null
  return (
    <section aria-label="Merged records">
      <h3 className="section-title">Merged into this {kind === 'person' ? 'person' : 'organisation'}</h3>
      <ul className="merge-history">
        {history.data.map((merge) => (
          <li key={merge.id}>
            <span>
              {merge.mergedName} <span className="muted">· {shortDay(merge.mergedAt)} · {merge.dealsMoved === 1 ? '1 deal' : `${merge.dealsMoved} deals`}</span>
            </span>
            <button
              type="button"
              className="button button--small"
              disabled={undo.isPending}
              onClick={() =>
                undo.mutate(merge.id, {
                  onSuccess: () => toast.show(`Merge undone: ${merge.mergedName} is back with their deals.`),
                  onError: (error) => toast.show(errorMessage(error), { tone: 'error' }),
                })
              }
            >
              Undo merge
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
