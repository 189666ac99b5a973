import { useState } from 'react'
import type { ImportOutcome, RowProblem } from '@shared/domain/importResults'
import { errorMessage } from '../../api/errors'
import { useSaveRejected, useSaveSkipped } from './imports.queries'

type Tab = 'rejected' | 'skipped' | 'notes'

/** The rows that won't be imported (and why), the duplicates skipped (and which lead each duplicates), and the rows read with a note. */
export function RowLists({ outcome, jobId }: { outcome: ImportOutcome; jobId: number }) {
  const tabs = (
    [
      { id: 'rejected', label: 'Rejected', count: outcome.rejected, rows: outcome.problems, header: 'Problem' },
      { id: 'skipped', label: 'Skipped as duplicates', count: outcome.skipped, rows: outcome.skippedRows, header: 'Why' },
      { id: 'notes', label: 'Notes', count: outcome.warnings.length, rows: outcome.warnings, header: 'Note' },
    ] as const
  ).filter((tab) => tab.count > 0)
  const [chosen, setChosen] = useState<Tab | null>(null)
  const saveRejected = useSaveRejected()
  const saveSkipped = useSaveSkipped()
  if (tabs.length === 0) return null
  const tab = tabs.find((t) => t.id === chosen) ?? tabs[0]!
  const save = tab.id === 'rejected' ? saveRejected : tab.id === 'skipped' ? saveSkipped : null
  const title = tab.id === 'rejected' ? 'Rows that can’t be imported' : tab.id === 'skipped' ? 'Rows skipped as duplicates' : 'Rows imported with a note'
  return (
    <section className="import-problems" aria-label={title}>
      <div className="import-problems__head">
        <div className="import-tabs" role="tablist" aria-label="Rows that need a look">
          {tabs.map((t) => (
            <button key={t.id} type="button" role="tab" aria-selected={t.id === tab.id} className="import-tabs__tab" onClick={() => setChosen(t.id)}>
              {t.label} <span className="import-tabs__count">{t.count.toLocaleString()}</span>
            </button>
          ))}
        </div>
        {save && (
          <button type="button" className="button button--small" onClick={() => save.mutate(jobId)} disabled={save.isPending}>
            {tab.id === 'rejected' ? 'Save rejected rows as CSV…' : 'Save skipped rows as CSV…'}
          </button>
        )}
      </div>
      {save?.data?.savedTo && (
        <p className="muted" role="status">
          Saved to {save.data.savedTo}
        </p>
      )}
      {save?.error && <p className="form-error">{errorMessage(save.error)}</p>}
      <div role="tabpanel" aria-label={title}>
        <RowTable rows={tab.rows} header={tab.header} />
        {tab.count > tab.rows.length && <p className="muted">The first {tab.rows.length} are listed{tab.id === 'notes' ? '' : '; the CSV has them all'}.</p>}
      </div>
    </section>
  )
}

function RowTable({ rows, header }: { rows: readonly RowProblem[]; header: string }) {
  return (
    <div className="table-wrap" tabIndex={0} role="group" aria-label={`${header} by row, scrollable`}>
      <table className="import-table">
        <thead>
          <tr>
            <th scope="col" className="numeric">
              Row
            </th>
            <th scope="col">Column</th>
            <th scope="col">{header}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td className="numeric">{row.row}</td>
              <td>{row.column}</td>
              <td>{row.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
