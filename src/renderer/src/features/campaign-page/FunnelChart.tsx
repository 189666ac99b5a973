import { useMemo } from 'react'
import type { MetricInputs } from '@shared/domain/metrics'
import { Chart, CHART_COLORS } from '../../ui/Chart'
import { LOCALE } from '../../ui/format'

const STEPS: Array<{ key: keyof MetricInputs; label: string }> = [
  { key: 'impressions', label: 'Impressions' },
  { key: 'clicks', label: 'Clicks' },
  { key: 'visits', label: 'Visits' },
  { key: 'leads', label: 'Leads' },
  { key: 'qualifiedLeads', label: 'Qualified' },
  { key: 'wonDeals', label: 'Won' },
]

const percent = (fraction: number) => new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 }).format(fraction)

/**
 * Impressions down to won deals as horizontal bars. Reach runs to thousands while deals are a
 * handful, so the axis is logarithmic (every step stays visible) and each label carries its
 * count and its share of the step before, which is what a marketer reads off a funnel.
 */
export function FunnelChart({ inputs }: { inputs: MetricInputs }) {
  const counts = STEPS.map((s) => inputs[s.key])
  const data = useMemo(
    () => ({
      labels: STEPS.map((s, i) => {
        const before = i > 0 ? counts[i - 1] : undefined
        const step = before ? ` (${percent((counts[i] ?? 0) / before)})` : ''
        return `${s.label}: ${(counts[i] ?? 0).toLocaleString(LOCALE)}${step}`
      }),
      datasets: [
        {
          label: 'Count',
          data: counts,
          backgroundColor: [CHART_COLORS.accentSoft, CHART_COLORS.accentSoft, CHART_COLORS.accentSoft, CHART_COLORS.accent, CHART_COLORS.accent, CHART_COLORS.success],
          borderRadius: 4,
          minBarLength: 3,
        },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- counts is derived from inputs
    [inputs],
  )
  const options = useMemo(
    () => ({
      indexAxis: 'y' as const,
      plugins: { legend: { display: false } },
      scales: { x: { type: 'logarithmic' as const, display: false }, y: { grid: { display: false } } },
    }),
    [],
  )
  return (
    <section className="card campaign-card" aria-labelledby="funnel-title">
      <header className="campaign-card__header">
        <h2 id="funnel-title">Funnel</h2>
        <span className="muted">from first sight to won deal</span>
      </header>
      <Chart type="bar" data={data} options={options} label="Campaign funnel from impressions to won deals" height={220} />
    </section>
  )
}
