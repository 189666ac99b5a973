import type { DashboardData } from '@shared/contract/reports'
import { formatCell, type RowLink } from '@shared/domain/report'
import { navigate } from '../../app/router'
import { ReportChartView } from '../reports/ReportChartView'

const open = (links: RowLink[]) => (index: number) => {
  const link = links[index]
  if (link) navigate(link.path, link.params)
}

/** The dashboard's charts; a bar or point opens the leads or campaign behind it. */
export function DashboardCharts({ data }: { data: DashboardData }) {
  const { currency, locale } = data
  return (
    <div className="dashboard-charts">
      <div className="card dashboard-chart dashboard-chart--funnel">
        <ReportChartView chart={data.funnel} currency={currency} locale={locale} onPointClick={open(data.funnel.links)} />
        <ol className="funnel-steps" aria-label="Conversion between stages">
          {data.funnel.labels.slice(1).map((label, i) => (
            <li key={label}>
              {data.funnel.labels[i]} → {label}: <strong>{formatCell(data.funnel.conversions[i + 1] ?? null, 'ratio', currency, locale)}</strong>
            </li>
          ))}
        </ol>
      </div>
      <div className="card dashboard-chart">
        <ReportChartView chart={data.overTime} currency={currency} locale={locale} onPointClick={open(data.overTime.links)} />
      </div>
      <div className="card dashboard-chart">
        <ReportChartView chart={data.byChannel} currency={currency} locale={locale} onPointClick={open(data.byChannel.links)} />
      </div>
      <div className="card dashboard-chart">
        <ReportChartView chart={data.byCampaign} currency={currency} locale={locale} onPointClick={open(data.byCampaign.links)} />
      </div>
    </div>
  )
}
