import { useState, type FormEvent } from 'react'
import { REPORT_TITLES, type ReportSettings } from '@shared/contract/reports'
import { useDeleteSavedReport, useSaveReport, useSavedReports } from './reports.queries'

/** Open a report saved by name, or save the current settings under a name. */
export function SavedReports({ settings, onOpen }: { settings: ReportSettings; onOpen: (settings: ReportSettings) => void }) {
  const saved = useSavedReports()
  const save = useSaveReport()
  const remove = useDeleteSavedReport()
  const [naming, setNaming] = useState(false)
  const [name, setName] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate({ name, settings }, { onSuccess: () => (setNaming(false), setName('')) })
  }
  const list = saved.data ?? []
  return (
    <div className="saved-reports">
      {list.length > 0 && (
        <label>
          <span className="visually-hidden">Open a saved report</span>
          <select
            value=""
            onChange={(e) => {
              const found = list.find((s) => s.id === Number(e.target.value))
              if (found) onOpen(found.settings)
            }}
          >
            <option value="">Saved reports ({list.length})</option>
            {list.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} — {REPORT_TITLES[s.settings.kind]}
              </option>
            ))}
          </select>
        </label>
      )}
      {naming ? (
        <form className="saved-reports__form" onSubmit={submit}>
          <label>
            <span className="visually-hidden">Report name</span>
            <input autoFocus value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Monthly partner report" maxLength={80} aria-invalid={save.isError} />
          </label>
          <button type="submit" className="button button--small" disabled={save.isPending}>
            Save
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => setNaming(false)}>
            Cancel
          </button>
          {save.error && <span className="field__error" role="alert">{save.error.message}</span>}
        </form>
      ) : (
        <button type="button" className="button" onClick={() => setNaming(true)}>
          Save as…
        </button>
      )}
      {list.some((s) => JSON.stringify(s.settings) === JSON.stringify(settings)) && (
        <button
          type="button"
          className="button button--danger-quiet button--small"
          onClick={() => {
            const match = list.find((s) => JSON.stringify(s.settings) === JSON.stringify(settings))
            if (match) remove.mutate(match.id)
          }}
        >
          Forget this saved report
        </button>
      )}
    </div>
  )
}
