import type { ChartData, ChartOptions } from 'chart.js'
import { useMemo } from 'react'
import { Chart, CHART_COLORS } from '../../ui/Chart'

interface BarChartProps {
  label: string
  data: ChartData<'bar', number[], string>
  formatValue: (value: number) => string
  /** Bars run left to right, one row per category. */
  horizontal?: boolean
}

/** Bars on the app's one chart wrapper, with ticks and tooltips in the figure's own format. */
export function BarChart({ label, data, formatValue, horizontal = false }: BarChartProps) {
  const options = useMemo<ChartOptions<'bar'>>(() => {
    const valueAxis = { ticks: { color: CHART_COLORS.text, callback: (value: string | number) => formatValue(Number(value)) }, grid: { color: CHART_COLORS.grid }, beginAtZero: true }
    const categoryAxis = { grid: { display: false }, ticks: { color: CHART_COLORS.text } }
    return {
      indexAxis: horizontal ? 'y' : 'x',
      plugins: {
        legend: { position: 'bottom', labels: { color: CHART_COLORS.text, boxWidth: 12 } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${formatValue(Number(item.raw))}` } },
      },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { y: valueAxis, x: categoryAxis },
    }
  }, [formatValue, horizontal])
  return <Chart type="bar" data={data} options={options} label={label} height={260} formatValue={formatValue} />
}
