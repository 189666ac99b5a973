import { useState } from 'react'
import { REPORT_KINDS, REPORT_TITLES, type ReportSettings } from '@shared/contract/reports'
import { useRoute } from '../../app/router'
import { PageHeader } from '../../ui/PageHeader'
import { QueryError } from '../../ui/QueryError'
import { ExportProgress } from './ExportProgress'
import { PeriodPicker } from './PeriodPicker'
import { ReportFiltersBar } from './ReportFiltersBar'
import { ReportView } from './ReportView'
import { settingsFromParams, settingsToParams } from './reportParams'
import { useExportPack, useReport } from './reports.queries'
import { SavedReports } from './SavedReports'
import './reports.css'

const DESCRIPTIONS: Record<ReportSettings['kind'], string> = {
  campaigns: 'Spend, leads, deals and return per campaign',
  channels: 'Which channels bring customers, at what cost',
  funnel: 'Stage-to-stage conversion, time in stage, velocity',
  activity: 'Calls, meetings and tasks by kind and owner',
  lost: 'Why deals were lost, what leads objected to',
  goals: 'Each goal’s target, result and status',
  customers: 'New and returning customers, retention, lifetime value',
}

export function ReportsPage() {
  const { params, setParams } = useRoute()
  const settings = settingsFromParams(params)
  const report = useReport(settings)
  const exportPack = useExportPack()
  const [jobId, setJobId] = useState<string | null>(null)
  const apply = (next: Partial<ReportSettings>) => setParams(settingsToParams(next))
  const startExport = () =>
    exportPack.mutate(settings, {
      onSuccess: (job) => {
        if (job) setJobId(job.id)
      },
    })
  const doc = report.data
  return (
    <div className="page reports-page">
      <PageHeader
        title="Reports"
        subtitle={doc ? `${doc.title} · ${doc.period.label}${doc.filters.length ? ` · ${doc.filters.map((f) => f.value).join(', ')}` : ''}` : 'Reports to read here or share as PDF, Excel and CSV.'}
        actions={
          <>
            <SavedReports settings={settings} onOpen={(saved) => setParams(settingsToParams(saved))} />
            <button type="button" className="button button--primary" onClick={startExport} disabled={exportPack.isPending || !doc}>
              Export report pack…
            </button>
          </>
        }
      />
      {exportPack.error && <p className="form-error" role="alert">{`Couldn't start the export: ${exportPack.error.message}`}</p>}
      {jobId && <ExportProgress jobId={jobId} onClose={() => setJobId(null)} />}
      <div className="reports-layout">
        <nav className="report-kinds" aria-label="Reports">
          {REPORT_KINDS.map((kind) => (
            <button key={kind} type="button" className="report-kinds__item" aria-current={kind === settings.kind ? 'page' : undefined} onClick={() => apply({ kind })}>
              <strong>{REPORT_TITLES[kind]}</strong>
              <span>{DESCRIPTIONS[kind]}</span>
            </button>
          ))}
        </nav>
        <div className="reports-main">
          <div className="toolbar reports-toolbar">
            <PeriodPicker value={settings.period} onChange={(period) => apply({ period })} />
            <ReportFiltersBar value={settings.filters} onChange={(filters) => apply({ filters })} />
          </div>
          {report.error && <QueryError error={report.error} onRetry={() => void report.refetch()} />}
          {doc && (
            <div aria-busy={report.isFetching} aria-label={doc.title} role="region">
              <ReportView doc={doc} />
            </div>
          )}
        </div>
      </div>
    </div>
  )
}
