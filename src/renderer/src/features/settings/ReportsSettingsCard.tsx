import './reportsSettings.css'
import { useState, type FormEvent } from 'react'
import { ExportProgress } from '../reports/ExportProgress'
import { useBranding, useExportEverything, useSetFirmName } from '../reports/reports.queries'

/** The firm name that heads every report, and "Export everything" (all tables as CSV plus a copy of the data file, in one zip; a team workspace from one snapshot). */
export function ReportsSettingsCard() {
  const branding = useBranding()
  const exportEverything = useExportEverything()
  const [jobId, setJobId] = useState<string | null>(null)
  return (
    <section className="card settings-card" aria-labelledby="reports-settings">
      <h2 id="reports-settings">Reports and exports</h2>
      {/* Mounted once the saved name has loaded, so the field starts from it. */}
      {branding.data && <FirmNameForm saved={branding.data.firmName} />}
      <div className="export-everything">
        <p>
          <strong>Export everything</strong> writes every table as a CSV file, plus a copy of the workspace as a Baton data file, into one zip — to keep, or to take your data to another tool.
        </p>
        <button type="button" className="button" disabled={exportEverything.isPending} onClick={() => exportEverything.mutate(undefined, { onSuccess: (job) => job && setJobId(job.id) })}>
          Export everything…
        </button>
        {exportEverything.error && <span className="field__error" role="alert">{`Couldn't start the export: ${exportEverything.error.message}`}</span>}
      </div>
      {jobId && <ExportProgress jobId={jobId} onClose={() => setJobId(null)} />}
    </section>
  )
}

function FirmNameForm({ saved }: { saved: string }) {
  const setFirmName = useSetFirmName()
  const [name, setName] = useState(saved)
  const [justSaved, setJustSaved] = useState(false)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setFirmName.mutate(name, { onSuccess: () => setJustSaved(true) })
  }
  return (
    <form className="firm-name-form" onSubmit={submit}>
      <label htmlFor="firm-name">Firm name on reports</label>
      <div className="firm-name-form__row">
        <input
          id="firm-name"
          value={name}
          maxLength={120}
          placeholder="e.g. Lumen & Co"
          onChange={(e) => (setName(e.target.value), setJustSaved(false))}
          aria-describedby="firm-name-hint"
        />
        <button type="submit" className="button" disabled={setFirmName.isPending || name.trim() === saved}>
          Save
        </button>
      </div>
      <span id="firm-name-hint" className="field__hint" role="status">
        {justSaved ? 'Saved. New reports carry this name.' : 'Printed at the top of every PDF and in the spreadsheets’ details.'}
      </span>
      {setFirmName.error && <span className="field__error" role="alert">{`Couldn't save the firm name: ${setFirmName.error.message}`}</span>}
    </form>
  )
}
