import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartData, type ChartOptions } from 'chart.js'
import { useEffect, useRef } from 'react'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip)

interface BarChartProps {
  label: string
  data: ChartData<'bar'>
  formatValue: (value: number) => string
  /** Bars run left to right, one row per category. */
  horizontal?: boolean
}

/** A chart.js bar chart that redraws when its data changes; `label` names it for assistive tech. */
export function BarChart({ label, data, formatValue, horizontal = false }: BarChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const chart = useRef<Chart<'bar'> | null>(null)

  useEffect(() => {
    if (!canvas.current) return
    const valueAxis = { ticks: { callback: (value: string | number) => formatValue(Number(value)) }, grid: { color: '#eef0f3' } }
    const options: ChartOptions<'bar'> = {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 12 } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${formatValue(Number(item.raw))}` } },
      },
      scales: horizontal ? { x: valueAxis, y: { grid: { display: false } } } : { y: valueAxis, x: { grid: { display: false } } },
    }
    chart.current = new Chart(canvas.current, { type: 'bar', data, options })
    return () => {
      chart.current?.destroy()
      chart.current = null
    }
  }, [data, formatValue, horizontal])

  return (
    <div className="bar-chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  )
}
