import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ReportTable } from '@shared/domain/report'
import { ReportTableView } from './ReportTableView'

const table: ReportTable = {
  id: 'campaigns',
  title: 'Campaign performance',
  columns: [
    { key: 'name', label: 'Campaign', kind: 'text' },
    { key: 'spend', label: 'Spend', kind: 'money' },
    { key: 'roi', label: 'ROI', kind: 'ratio' },
  ],
  rows: [
    ['Spring webinar', 30_050, 2.5],
    ['No campaign', 0, null],
  ],
  totals: ['Total', 30_050, 2],
  links: [{ path: '/campaigns', params: { campaign: '1' } }, null],
  empty: 'No campaign had activity.',
}

describe('report table', () => {
  it('formats every cell, lines amounts up with cents, shows undefined figures as "—" and links rows', () => {
    render(<ReportTableView table={table} currency="USD" locale="en-US" />)
    const grid = screen.getByRole('table')
    const rows = within(grid).getAllByRole('row')
    expect(rows.map((row) => row.textContent)).toEqual(['CampaignSpendROI', 'Spring webinar$300.50250.0%', 'No campaign$0.00—', 'Total$300.50200.0%'])
    expect(within(grid).getByRole('link', { name: 'Spring webinar' })).toBeTruthy()
  })

  it('says what an empty table means', () => {
    render(<ReportTableView table={{ ...table, rows: [], totals: undefined }} currency="USD" locale="en-US" />)
    expect(screen.getByText('No campaign had activity.')).toBeTruthy()
    expect(screen.queryByRole('table')).toBeNull()
  })
})
