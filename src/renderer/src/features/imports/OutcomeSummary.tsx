import type { ImportOutcome } from '@shared/domain/imports'
import { errorMessage } from '../../api/errors'
import { plural } from '../../ui/plural'
import { useSaveRejected } from './imports.queries'

/** What an import will do (preview) or did: counts, created names, and the rows it rejected with why. */
export function OutcomeSummary({ outcome, jobId, done }: { outcome: ImportOutcome; jobId: number; done: boolean }) {
  const save = useSaveRejected()
  const [one, many] = outcome.kind === 'campaigns' ? ['campaign', 'campaigns'] : ['lead', 'leads']
  const parts = [
    plural(outcome.created, done ? `${one} created` : `new ${one}`, done ? `${many} created` : `new ${many}`),
    outcome.updated > 0 && plural(outcome.updated, done ? `${one} updated` : `${one} to update`, done ? `${many} updated` : `${many} to update`),
    outcome.skipped > 0 && plural(outcome.skipped, 'duplicate skipped', 'duplicates skipped'),
    outcome.rejected > 0 && plural(outcome.rejected, 'row rejected', 'rows rejected'),
  ].filter(Boolean)
  return (
    <div className="import-outcome">
      <p className="import-outcome__counts" role="status">
        {plural(outcome.rowsRead, 'row read', 'rows read')}: {parts.join(', ')}.
      </p>
      {(outcome.campaignsCreated.length > 0 || outcome.stagesCreated.length > 0) && (
        <p className="muted">
          {outcome.campaignsCreated.length > 0 && `New campaigns: ${outcome.campaignsCreated.join(', ')}. `}
          {outcome.stagesCreated.length > 0 && `New stages: ${outcome.stagesCreated.join(', ')}.`}
        </p>
      )}
      {outcome.problems.length > 0 && (
        <section className="import-problems" aria-label="Rows that can’t be imported">
          <div className="import-problems__head">
            <h3>Rows that can’t be imported</h3>
            <button type="button" className="button button--small" onClick={() => save.mutate(jobId)} disabled={save.isPending}>
              Save rejected rows as CSV…
            </button>
          </div>
          {save.data?.savedTo && <p className="muted" role="status">Saved to {save.data.savedTo}</p>}
          {save.error && <p className="form-error">{errorMessage(save.error)}</p>}
          <div className="table-wrap">
            <table className="import-table">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {outcome.problems.map((problem, i) => (
                  <tr key={i}>
                    <td>{problem.row}</td>
                    <td>{problem.column}</td>
                    <td>{problem.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {outcome.rejected > outcome.problems.length && <p className="muted">The first {outcome.problems.length} problems are listed; the CSV has every rejected row.</p>}
        </section>
      )}
    </div>
  )
}
