import { useMemo } from 'react'
import { formatCell, type ReportChart } from '@shared/domain/report'
import { Chart, CHART_COLORS } from '../../ui/Chart'

const PALETTE = [CHART_COLORS.accent, CHART_COLORS.success, CHART_COLORS.warning, CHART_COLORS.accentSoft, CHART_COLORS.muted]

interface Props {
  chart: ReportChart
  currency: string
  locale: string
  height?: number
  /** Sharper canvases for the PDF. */
  print?: boolean
  onPointClick?: (index: number) => void
}

const hasValues = (values: ReadonlyArray<number | null>) => values.some((v) => v !== null && v !== 0)

/**
 * A report chart drawn with chart.js; money and counts get their own axes so both stay readable.
 * A series with nothing in it (no revenue this month) is left out and named under the chart rather
 * than drawn as a flat line on a made-up $0–$1 axis.
 */
export function ReportChartView({ chart: asked, currency, locale, height = 260, print = false, onPointClick }: Props) {
  const empty = asked.series.filter((series) => !hasValues(series.values))
  const chart = useMemo(
    () => (empty.length > 0 && empty.length < asked.series.length ? { ...asked, series: asked.series.filter((series) => hasValues(series.values)) } : asked),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- empty is derived from asked
    [asked],
  )
  const horizontal = chart.type === 'horizontalBar'
  const kinds = [...new Set(chart.series.map((s) => s.kind))]
  // Two units (money and counts) get an axis each: a line on a right axis over time, or a second
  // bar on a top axis for categories (a line between categories would suggest an order).
  const twoAxes = kinds.length > 1
  const secondAxis = (i: number) => twoAxes && i > 0 && chart.series[i]!.kind !== chart.series[0]!.kind
  const data = useMemo(
    () => ({
      labels: chart.labels,
      datasets: chart.series.map((series, i) => ({
        label: series.label,
        data: series.values.map((v) => (v === null ? null : series.kind === 'money' ? v / 100 : series.kind === 'ratio' ? v * 100 : v)),
        backgroundColor: PALETTE[i % PALETTE.length],
        borderColor: PALETTE[i % PALETTE.length],
        borderRadius: 3,
        maxBarThickness: 36,
        ...(horizontal ? { xAxisID: secondAxis(i) ? 'x1' : 'x' } : { yAxisID: secondAxis(i) ? 'y1' : 'y' }),
        ...(!horizontal && secondAxis(i) ? { type: 'line' as const, cubicInterpolationMode: 'monotone' as const, pointRadius: 2 } : {}),
      })),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- secondAxis reads only chart and twoAxes
    [chart, twoAxes, horizontal],
  )
  const tick = (kind: string) => (value: number | string) => {
    const n = Number(value)
    if (kind === 'money') return new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(n)
    if (kind === 'ratio') return `${n}%`
    return new Intl.NumberFormat(locale, { notation: 'compact' }).format(n)
  }
  const options = useMemo(
    () => ({
      indexAxis: horizontal ? ('y' as const) : ('x' as const),
      devicePixelRatio: print ? 3 : undefined,
      plugins: { legend: { display: chart.series.length > 1, position: 'bottom' as const } },
      onClick: onPointClick
        ? (_event: unknown, elements: Array<{ index: number }>) => {
            if (elements[0]) onPointClick(elements[0].index)
          }
        : undefined,
      scales: horizontal
        ? {
            x: { beginAtZero: true, ticks: { precision: 0, callback: tick(chart.series[0]?.kind ?? 'integer') } },
            y: { grid: { display: false } },
            ...(twoAxes ? { x1: { beginAtZero: true, position: 'top' as const, grid: { display: false }, ticks: { precision: 0, callback: tick(chart.series[1]?.kind ?? 'integer') } } } : {}),
          }
        : {
            x: { grid: { display: false } },
            y: { beginAtZero: true, ticks: { precision: 0, callback: tick(chart.series[0]?.kind ?? 'integer') } },
            ...(twoAxes ? { y1: { beginAtZero: true, position: 'right' as const, grid: { display: false }, ticks: { precision: 0, callback: tick(chart.series[1]?.kind ?? 'integer') } } } : {}),
          },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- tick depends only on currency and locale
    [chart, horizontal, twoAxes, print, onPointClick, currency, locale],
  )
  const formatValue = (value: number, datasetIndex: number) => {
    const kind = chart.series[datasetIndex]?.kind ?? 'integer'
    return formatCell(kind === 'money' ? value * 100 : kind === 'ratio' ? value / 100 : value, kind, currency, locale)
  }
  const rows = Math.max(chart.labels.length, 3)
  const nothing = chart.labels.length === 0 || empty.length === asked.series.length
  return (
    <section className="report-chart" aria-label={chart.title}>
      <h3>{chart.title}</h3>
      {nothing ? (
        <p className="report-table__empty">Nothing to draw for this period.</p>
      ) : (
        <>
          <Chart type="bar" data={data} options={options} label={chart.title} height={horizontal ? Math.min(460, 60 + rows * (chart.series.length > 1 ? 36 : 28)) : height} formatValue={formatValue} />
          {empty.length > 0 && <p className="report-chart__note muted">{empty.map((series) => `No ${series.label.toLowerCase()} in this period.`).join(' ')}</p>}
        </>
      )}
    </section>
  )
}
