import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ReportChart } from '@shared/domain/report'
import { ReportChartView } from './ReportChartView'

const overTime = (revenue: Array<number | null>, leads: Array<number | null>): ReportChart => ({
  id: 'over-time',
  title: 'Revenue and leads over time',
  type: 'bar',
  labels: ['Mar 1', 'Mar 2', 'Mar 3'],
  series: [
    { label: 'Won revenue', kind: 'money', values: revenue },
    { label: 'New leads', kind: 'integer', values: leads },
  ],
})

const columns = () => within(screen.getByRole('table', { hidden: true })).getAllByRole('columnheader', { hidden: true }).map((cell) => cell.textContent)

describe('report chart', () => {
  it('draws both series when both have figures', () => {
    render(<ReportChartView chart={overTime([120_000, 0, null], [2, 1, null])} currency="USD" locale="en-US" />)
    expect(columns()).toEqual(['', 'Won revenue', 'New leads'])
    expect(screen.queryByText(/in this period/)).toBeNull()
  })

  it('leaves out a series with nothing in it and says so, instead of a $0–$1 axis', () => {
    render(<ReportChartView chart={overTime([0, 0, null], [2, 1, null])} currency="USD" locale="en-US" />)
    expect(columns()).toEqual(['', 'New leads'])
    expect(screen.getByText('No won revenue in this period.')).toBeTruthy()
  })

  it('draws nothing when no series has a figure', () => {
    render(<ReportChartView chart={overTime([0, 0, null], [0, null, null])} currency="USD" locale="en-US" />)
    expect(screen.getByText('Nothing to draw for this period.')).toBeTruthy()
    expect(screen.queryByRole('table', { hidden: true })).toBeNull()
  })
})
