import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LogarithmicScale,
  LineElement,
  PointElement,
  Tooltip,
  type ChartData,
  type ChartOptions,
} from 'chart.js'
import { useEffect, useRef } from 'react'
import './chart.css'
import { CHART_COLORS, resolveChartColors, useThemeName } from './chartTheme'
import { LOCALE } from './format'

// Only what Baton's charts draw: bars (also horizontal, for funnels) and lines (filled for
// burn-ups), on category and linear or logarithmic axes. Registering the rest would ship
// code no screen uses.
ChartJS.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, LogarithmicScale, Tooltip, Legend, Filler)

export { CHART_COLORS } from './chartTheme'

type Kind = 'bar' | 'line'
/** A missing value (null) leaves a gap: a line that stops at today, a forecast that starts there. */
type Values = Array<number | null>

interface ChartProps {
  type: Kind
  data: ChartData<Kind, Values, string>
  options?: ChartOptions<Kind>
  /** What the chart shows, for screen readers and as the table's caption. */
  label: string
  height?: number
  /** How a value reads in the table a screen reader gets instead of the canvas. */
  formatValue?: (value: number, datasetIndex: number) => string
}

const BASE_OPTIONS: ChartOptions<Kind> = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  plugins: { legend: { labels: { color: CHART_COLORS.text, boxWidth: 12, boxHeight: 12 } } },
  scales: {
    x: { grid: { display: false }, ticks: { color: CHART_COLORS.text } },
    y: { grid: { color: CHART_COLORS.grid }, ticks: { color: CHART_COLORS.text }, beginAtZero: true },
  },
}

/**
 * A chart.js canvas that follows its props, with the same figures as a table for screen
 * readers (the canvas itself is an image to them). Draws nothing where there is no 2D
 * canvas (component tests); the table is still there.
 */
export function Chart({ type, data, options, label, height = 240, formatValue = (v) => v.toLocaleString(LOCALE) }: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const chart = useRef<ChartJS<Kind, Values, string> | null>(null)

  const theme = useThemeName()

  useEffect(() => {
    const context = canvas.current?.getContext('2d')
    if (!context) return
    chart.current = new ChartJS(context, { type, data: resolveChartColors(data), options: resolveChartColors({ ...BASE_OPTIONS, ...options }) })
    return () => {
      chart.current?.destroy()
      chart.current = null
    }
    // A new chart only when the kind changes; data and options are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [type])

  // The theme is a dependency: its colours are read again when it changes.
  useEffect(() => {
    if (!chart.current) return
    chart.current.data = resolveChartColors(data)
    chart.current.options = resolveChartColors({ ...BASE_OPTIONS, ...options })
    chart.current.update()
  }, [data, options, theme])

  return (
    <figure className="chart">
      <div className="chart__canvas" style={{ height }}>
        <canvas ref={canvas} role="img" aria-label={label} />
      </div>
      <table className="visually-hidden">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col" />
            {data.datasets.map((set, i) => (
              <th key={i} scope="col">
                {set.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(data.labels ?? []).map((rowLabel, row) => (
            <tr key={row}>
              <th scope="row">{rowLabel}</th>
              {data.datasets.map((set, i) => {
                const value = set.data[row]
                return <td key={i}>{value === null || value === undefined ? '—' : formatValue(value, i)}</td>
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
