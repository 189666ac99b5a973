import { useMemo } from 'react'
import type { ChartData, ChartOptions } from 'chart.js'
import type { Goal } from '@shared/domain/goals'
import { Chart, CHART_COLORS } from '../../ui/Chart'
import { shortDay } from '../../ui/format'
import { goalEstimate } from './goalFormat'
import { useGoalBurnUp } from './goals.queries'

/** Actual, ideal pace and forecast over the goal's period (chart.js). */
export function BurnUpChart({ goal, height = 150, legend = false }: { goal: Goal; height?: number; legend?: boolean }) {
  const burnUp = useGoalBurnUp(goal.id)
  const data = useMemo<ChartData<'line', Array<number | null>, string> | null>(() => {
    if (!burnUp.data) return null
    return {
      labels: burnUp.data.days.map((d) => shortDay(d)),
      datasets: [
        { label: 'Actual', data: burnUp.data.actual, borderColor: CHART_COLORS.accent, backgroundColor: CHART_COLORS.fill, fill: true, pointRadius: 2, borderWidth: 2, spanGaps: false },
        { label: 'Ideal pace', data: burnUp.data.ideal, borderColor: CHART_COLORS.muted, borderDash: [4, 4], pointRadius: 0, borderWidth: 1.5 },
        { label: 'Forecast', data: burnUp.data.forecast, borderColor: CHART_COLORS.warning, borderDash: [2, 3], pointRadius: 0, borderWidth: 2 },
      ],
    }
  }, [burnUp.data])
  const options = useMemo<ChartOptions<'line'>>(
    () => ({
      plugins: { legend: { display: legend, position: 'bottom', labels: { boxWidth: 12, boxHeight: 2 } }, tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${goalEstimate(goal, item.parsed.y)}` } } },
      scales: {
        x: { grid: { display: false }, ticks: { maxTicksLimit: legend ? 8 : 4, color: CHART_COLORS.text, font: { size: 11 } } },
        y: { beginAtZero: true, grid: { color: CHART_COLORS.grid }, ticks: { maxTicksLimit: 4, color: CHART_COLORS.text, font: { size: 11 }, callback: (v) => goalEstimate(goal, Number(v)) } },
      },
    }),
    [goal, legend],
  )
  if (!data) return <div className="goal-chart-placeholder" style={{ height }} aria-hidden="true" />
  return <Chart type="line" data={data} options={options} label={`${goal.title}: actual, ideal pace and forecast`} height={height} formatValue={(v) => goalEstimate(goal, v)} />
}
