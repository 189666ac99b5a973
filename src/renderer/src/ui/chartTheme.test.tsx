import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { chartTheme, useChartTheme } from './chartTheme'

// jsdom does not load app.css, so the test sets the variables the way its two themes do.
const style = document.createElement('style')
style.textContent = `
  :root { --chart-1: #111111; --chart-grid: #eeeeee; --text: #222222; }
  :root[data-theme='dark'] { --chart-1: #aaaaaa; --chart-grid: #333333; --text: #f0f0f0; }
`
document.head.append(style)

function Probe() {
  const theme = useChartTheme()
  return <p>{`${theme.series[0] ?? ''} ${theme.grid} ${theme.text}`}</p>
}

describe('chart theme', () => {
  afterEach(() => {
    delete document.documentElement.dataset['theme']
  })

  it('reads the chart colours from the CSS variables of the theme shown', () => {
    expect(chartTheme()).toMatchObject({ grid: '#eeeeee', text: '#222222' })
    expect(chartTheme().series[0]).toBe('#111111')
    document.documentElement.dataset['theme'] = 'dark'
    expect(chartTheme()).toMatchObject({ grid: '#333333', text: '#f0f0f0' })
    expect(chartTheme().series).toHaveLength(8)
  })

  it('re-renders a chart when the theme changes', async () => {
    document.documentElement.dataset['theme'] = 'light'
    render(<Probe />)
    expect(screen.getByText('#111111 #eeeeee #222222')).toBeInTheDocument()
    await act(async () => {
      document.documentElement.dataset['theme'] = 'dark'
      await Promise.resolve()
    })
    expect(await screen.findByText('#aaaaaa #333333 #f0f0f0')).toBeInTheDocument()
  })
})
