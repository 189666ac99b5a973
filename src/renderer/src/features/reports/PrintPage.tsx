import { useEffect } from 'react'
import { formatDay } from '@shared/domain/report'
import { useRoute } from '../../app/router'
import { TIME_ZONE } from '../../ui/format'
import { ReportView } from './ReportView'
import { settingsFromParams } from './reportParams'
import { useReport } from './reports.queries'
import './print.css'

/**
 * The print layout of a report, opened without the app frame. Main prints it to PDF (Electron's
 * printToPDF in the app, Chromium's page.pdf in tests) once `data-print-ready` is set.
 */
export function PrintPage() {
  const { params } = useRoute()
  const report = useReport(settingsFromParams(params))
  const doc = report.data
  useEffect(() => {
    document.documentElement.setAttribute('data-print-view', '')
    return () => document.documentElement.removeAttribute('data-print-view')
  }, [])
  useEffect(() => {
    if (!doc) return
    // Charts draw synchronously (no animation); one frame later the page is complete.
    const frame = requestAnimationFrame(() => document.documentElement.setAttribute('data-print-ready', 'true'))
    return () => {
      cancelAnimationFrame(frame)
      document.documentElement.removeAttribute('data-print-ready')
    }
  }, [doc])
  if (report.error) return <p role="alert">{`This report could not be prepared: ${report.error.message}`}</p>
  if (!doc) return <p className="print-loading">Preparing the report…</p>
  const generated = new Date(doc.generatedAt)
  return (
    <article className="print-report">
      <header className="print-report__header">
        <div>
          {doc.firmName && <p className="print-report__firm">{doc.firmName}</p>}
          <h1>{doc.title}</h1>
          <p className="print-report__subtitle">{doc.subtitle}</p>
        </div>
        <dl className="print-report__facts">
          <dt>Period</dt>
          <dd>
            {doc.period.label} ({formatDay(doc.period.from, doc.locale)} – {formatDay(doc.period.to, doc.locale)})
          </dd>
          <dt>Filters</dt>
          <dd>{doc.filters.length ? doc.filters.map((f) => `${f.label}: ${f.value}`).join(' · ') : 'None (everything)'}</dd>
          <dt>Generated</dt>
          <dd>
            {generated.toLocaleDateString(doc.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE })}, {generated.toLocaleTimeString(doc.locale, { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE })}
          </dd>
          <dt>Currency</dt>
          <dd>{doc.currency}</dd>
        </dl>
      </header>
      <ReportView doc={doc} print />
      <footer className="print-report__footer">Figures computed by Baton from the firm’s own records. “—” marks a figure that is undefined (for example, a cost per lead with no spend recorded).</footer>
    </article>
  )
}
