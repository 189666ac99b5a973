import { openingPeriod } from '@shared/domain/reportPeriod'
import { useRoute } from '../../app/router'
import { firmToday } from '../../ui/clock'
import { PageHeader } from '../../ui/PageHeader'
import { QueryError } from '../../ui/QueryError'
import { PeriodPicker } from '../reports/PeriodPicker'
import { ReportFiltersBar } from '../reports/ReportFiltersBar'
import { filtersFromParams, periodFromParams, settingsToParams } from '../reports/reportParams'
import { useDashboard } from '../reports/reports.queries'
import { DashboardCharts } from './DashboardCharts'
import { GoalsGlance } from './GoalsGlance'
import { KpiTile } from './KpiTile'
import './dashboard.css'

/** The business at a glance: every figure from the one metrics module, compared with the period before. */
export function DashboardPage() {
  const { params, setParams } = useRoute()
  // Without a period in the address, the one that has data: the last 30 days early in a month, the month after that.
  const period = periodFromParams(params, openingPeriod(firmToday()))
  const filters = filtersFromParams(params)
  const dashboard = useDashboard(period, filters)
  const data = dashboard.data
  return (
    <div className="page dashboard">
      <PageHeader
        title="Dashboard"
        subtitle={data ? `${data.period.label}, compared with ${data.previous.label}` : 'Your marketing and sales at a glance.'}
        actions={
          <a className="button" href={`#/reports?${new URLSearchParams(Object.entries(settingsToParams({ period, filters })).filter((e): e is [string, string] => e[1] !== undefined)).toString()}`}>
            Open reports
          </a>
        }
      />
      <div className="toolbar">
        <PeriodPicker value={period} onChange={(next) => setParams(settingsToParams({ period: next }))} />
        <ReportFiltersBar value={filters} onChange={(next) => setParams(settingsToParams({ filters: next }))} />
      </div>
      {dashboard.error && <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      {data && (
        <div className="dashboard__body" aria-busy={dashboard.isFetching}>
          <ul className="kpi-grid" aria-label="Key figures">
            {data.tiles.map((tile) => (
              <li key={tile.key}>
                <KpiTile tile={tile} currency={data.currency} locale={data.locale} previousLabel={data.previous.label} />
              </li>
            ))}
          </ul>
          <DashboardCharts data={data} />
          <GoalsGlance goals={data.goals} locale={data.locale} />
        </div>
      )}
    </div>
  )
}
