import './reportsSettings.css'
import { useEffect, useState, type FormEvent } from 'react'
import { ExportProgress } from '../reports/ExportProgress'
import { useBranding, useExportEverything, useSetFirmName } from '../reports/reports.queries'

/** The firm name that heads every report, and "Export everything" (all tables as CSV plus the data file, in one zip). */
export function ReportsSettingsCard() {
  const branding = useBranding()
  const setFirmName = useSetFirmName()
  const exportEverything = useExportEverything()
  const [name, setName] = useState('')
  const [jobId, setJobId] = useState<string | null>(null)
  useEffect(() => {
    if (branding.data) setName(branding.data.firmName)
  }, [branding.data])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setFirmName.mutate(name)
  }
  return (
    <section className="card settings-card" aria-labelledby="reports-settings">
      <h2 id="reports-settings">Reports and exports</h2>
      <form className="firm-name-form" onSubmit={submit}>
        <label htmlFor="firm-name">Firm name on reports</label>
        <div className="firm-name-form__row">
          <input id="firm-name" value={name} maxLength={120} placeholder="e.g. Lumen & Co" onChange={(e) => setName(e.target.value)} aria-describedby="firm-name-hint" />
          <button type="submit" className="button" disabled={setFirmName.isPending || name === branding.data?.firmName}>
            Save
          </button>
        </div>
        <span id="firm-name-hint" className="field__hint" role="status">
          {setFirmName.isSuccess && name === branding.data?.firmName ? 'Saved. New reports carry this name.' : 'Printed at the top of every PDF and in the spreadsheets’ details.'}
        </span>
        {setFirmName.error && <span className="field__error" role="alert">{`Couldn't save the firm name: ${setFirmName.error.message}`}</span>}
      </form>
      <div className="export-everything">
        <p>
          <strong>Export everything</strong> writes every table as a CSV file, plus a copy of the data file itself, into one zip — to keep, or to take your data to another tool.
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
