import type { ReportDocument } from '@shared/domain/report'
import { navigate } from '../../app/router'
import { ReportChartView } from './ReportChartView'
import { ReportTableView } from './ReportTableView'
import './reports.css'

/** The body of a report — charts, then tables — the same in the app and in the print view. */
export function ReportView({ doc, print = false }: { doc: ReportDocument; print?: boolean }) {
  return (
    <div className={`report-body${print ? ' report-body--print' : ''}`}>
      {doc.charts.length > 0 && (
        <div className="report-charts">
          {doc.charts.map((chart) => (
            <div key={chart.id} className={print ? 'report-chart-box' : 'card report-chart-box'}>
              <ReportChartView
                chart={chart}
                currency={doc.currency}
                locale={doc.locale}
                print={print}
                onPointClick={print ? undefined : (index) => openTableRow(doc, index)}
              />
            </div>
          ))}
        </div>
      )}
      {doc.tables.map((table) => (
        <div key={table.id} className={print ? 'report-table-box' : 'card report-table-box'}>
          <ReportTableView table={table} currency={doc.currency} locale={doc.locale} interactive={!print} />
        </div>
      ))}
      {doc.tables.length === 0 && <p className="report-table__empty">This report has nothing to show for the period yet.</p>}
    </div>
  )
}

// A chart point opens what the first table's matching row links to (same order, same labels).
function openTableRow(doc: ReportDocument, index: number) {
  const chart = doc.charts[0]
  const table = doc.tables[0]
  const label = chart?.labels[index]
  const row = table?.rows.findIndex((r) => r[0] === label) ?? -1
  const link = row >= 0 ? table?.links?.[row] : null
  if (link) navigate(link.path, link.params)
}
