import { useState } from 'react'
import { errorMessage } from '../../api/errors'
import { shortDay } from '../../ui/format'
import { plural } from '../../ui/plural'
import { ImportDialog } from './ImportDialog'
import { useImportBatches, useUndoImport } from './imports.queries'
import './imports.css'
import { recordWords } from './OutcomeSummary'

/** Settings: start an import, and see (and undo) the recent ones. */
export function ImportHistoryCard() {
  const batches = useImportBatches()
  const undo = useUndoImport()
  const [open, setOpen] = useState(false)
  return (
    <section className="card settings-card import-history" aria-label="Import">
      <div className="settings-card__head">
        <h2>Import</h2>
        <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
          Import a file…
        </button>
      </div>
      <p className="muted">Leads or campaigns from a CSV or Excel file, or another CRM’s export (Pipedrive, HubSpot, Salesforce, Zoho, Twenty). Each import can be undone.</p>
      {undo.error && <p className="form-error">{errorMessage(undo.error)}</p>}
      {batches.data?.length ? (
        <div>
          {batches.data.map((batch) => (
            <div className="import-history__row" key={batch.id}>
              <div className="import-history__what">
                <strong>{batch.fileName}</strong>
                <span className="muted">
                  {shortDay(batch.createdAt)} · {plural(batch.created, `${recordWords(batch.kind)[0]} created`, `${recordWords(batch.kind)[1]} created`)}
                  {batch.updated > 0 && `, ${plural(batch.updated, 'updated', 'updated')}`}
                  {batch.rates.length > 0 && ` · ${batch.rates.map((r) => `${r.currency} at ${r.rate}`).join(', ')}`}
                  {batch.undoneAt && ' · undone'}
                </span>
              </div>
              {!batch.undoneAt && (
                <button type="button" className="button button--small" onClick={() => undo.mutate(batch.id)} disabled={undo.isPending} aria-label={`Undo the import of ${batch.fileName}`}>
                  Undo
                </button>
              )}
            </div>
          ))}
        </div>
      ) : (
        batches.isSuccess && <p className="muted">No imports yet.</p>
      )}
      {open && <ImportDialog pipelineId={null} onClose={() => setOpen(false)} />}
    </section>
  )
}
