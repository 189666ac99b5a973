import { useMemo } from 'react'
import type { MetricRow } from '@shared/domain/metrics'
import { Chart, CHART_COLORS } from '../../ui/Chart'
import { money, shortDay, LOCALE } from '../../ui/format'

const monthLabel = (day: string) => new Date(`${day}T00:00:00`).toLocaleDateString(LOCALE, { month: 'short', year: 'numeric' })

/** Spend and attributed revenue as bars, leads as a line on its own axis, by week or month. */
export function OverTimeChart({ grouping, rows }: { grouping: 'week' | 'month'; rows: MetricRow[] }) {
  const data = useMemo(
    () => ({
      labels: rows.map((r) => (grouping === 'month' ? monthLabel(String(r.key)) : `Week of ${shortDay(String(r.key))}`)),
      datasets: [
        { type: 'bar' as const, label: 'Spend', data: rows.map((r) => r.inputs.spendMinor / 100), backgroundColor: CHART_COLORS.warning, yAxisID: 'y', borderRadius: 3 },
        { type: 'bar' as const, label: 'Revenue', data: rows.map((r) => r.inputs.revenueMinor / 100), backgroundColor: CHART_COLORS.success, yAxisID: 'y', borderRadius: 3 },
        {
          type: 'line' as const,
          label: 'Leads',
          data: rows.map((r) => r.inputs.leads),
          borderColor: CHART_COLORS.accent,
          backgroundColor: CHART_COLORS.accent,
          yAxisID: 'leads',
          tension: 0.25,
          pointRadius: 2,
        },
      ],
    }),
    [rows, grouping],
  )
  const options = useMemo(
    () => ({
      interaction: { mode: 'index' as const, intersect: false },
      scales: {
        y: { beginAtZero: true, ticks: { callback: (value: string | number) => money(Number(value) * 100, true) } },
        leads: { position: 'right' as const, beginAtZero: true, grid: { display: false }, ticks: { precision: 0 } },
      },
    }),
    [],
  )
  return (
    <section className="card campaign-card" aria-labelledby="over-time-title">
      <header className="campaign-card__header">
        <h2 id="over-time-title">Spend, leads and revenue</h2>
        <span className="muted">by {grouping}</span>
      </header>
      {rows.length === 0 ? (
        <p className="muted campaign-card__empty">Nothing to chart yet: spend, leads and won deals appear here {grouping} by {grouping} as they come in.</p>
      ) : (
        <Chart
          type="bar"
          data={data}
          options={options}
          label={`Spend, revenue and leads by ${grouping}`}
          height={240}
          formatValue={(value, dataset) => (dataset === 2 ? value.toLocaleString(LOCALE) : money(Math.round(value * 100)))}
        />
      )}
    </section>
  )
}
