import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { CHART_COLORS, resolveChartColors, useThemeName } from './chartTheme'

// jsdom does not load app.css, so the test sets the variables the way its two themes do.
const style = document.createElement('style')
style.textContent = `
  :root { --chart-1: #111111; --chart-grid: #eeeeee; --accent: #222222; }
  :root[data-theme='dark'] { --chart-1: #aaaaaa; --chart-grid: #333333; --accent: #f0f0f0; }
`
document.head.append(style)

function Probe() {
  const theme = useThemeName()
  const colors = resolveChartColors({ grid: CHART_COLORS.grid, accent: CHART_COLORS.accent })
  return <p>{`${theme} ${colors.grid} ${colors.accent}`}</p>
}

describe('chart theme', () => {
  afterEach(() => {
    delete document.documentElement.dataset['theme']
  })

  it('swaps var(--x) for the value of the theme shown, deep in data and options, and keeps the rest', () => {
    const format = (v: number) => `${v}`
    const options = { scales: { y: { grid: { color: CHART_COLORS.grid }, ticks: { callback: format } } }, datasets: [{ data: [1, null, 3], backgroundColor: ['var(--chart-1)', '#fff'] }] }
    expect(resolveChartColors(options)).toEqual({
      scales: { y: { grid: { color: '#eeeeee' }, ticks: { callback: format } } },
      datasets: [{ data: [1, null, 3], backgroundColor: ['#111111', '#fff'] }],
    })
    document.documentElement.dataset['theme'] = 'dark'
    expect(resolveChartColors(CHART_COLORS.grid)).toBe('#333333')
    // An unknown variable stays as written rather than becoming an empty colour.
    expect(resolveChartColors('var(--nowhere)')).toBe('var(--nowhere)')
  })

  it('re-renders a chart when the theme changes', async () => {
    document.documentElement.dataset['theme'] = 'light'
    render(<Probe />)
    expect(screen.getByText('light #eeeeee #222222')).toBeInTheDocument()
    await act(async () => {
      document.documentElement.dataset['theme'] = 'dark'
      await Promise.resolve()
    })
    expect(await screen.findByText('dark #333333 #f0f0f0')).toBeInTheDocument()
  })
})
