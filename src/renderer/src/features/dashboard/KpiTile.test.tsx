import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { KpiTile as Tile } from '@shared/contract/reports'
import { describeChange } from '@shared/domain/report'
import { KpiTile } from './KpiTile'

const tile = (over: Partial<Tile>): Tile => ({
  key: 'costPerLead',
  label: 'Cost per lead',
  kind: 'money',
  value: 8_000,
  previous: 10_000,
  lowerIsBetter: true,
  neutral: false,
  spark: [1, 2, null, 3],
  link: { path: '/campaigns' },
  hint: 'Spend divided by new leads.',
  ...over,
})

describe('KPI tile', () => {
  it('shows the figure, its change against the period before and links to what is behind it', () => {
    render(<KpiTile tile={tile({})} currency="EUR" locale="en-US" previousLabel="Q4 2025" />)
    const link = screen.getByRole('link', { name: /^Cost per lead €80 .*-20% vs €100$/ })
    expect(link).toHaveAccessibleDescription('Spend divided by new leads. Q4 2025: €100.')
    expect(link.getAttribute('href')).toBe('#/campaigns')
    expect(screen.getByText('-20%').className).toContain('kpi__change--good')
  })

  it('says the change in points for rates, "—" when either side is undefined, and stays neutral for spend', () => {
    expect(describeChange(tile({ kind: 'ratio', value: 0.75, previous: 0.5, lowerIsBetter: false }), 'en-US')).toEqual({ text: '+25 pts', tone: 'good' })
    expect(describeChange(tile({ value: null }), 'en-US')).toBeNull()
    expect(describeChange(tile({ previous: 0, value: 5, lowerIsBetter: false }), 'en-US')).toEqual({ text: 'New', tone: 'good' })
    expect(describeChange(tile({ neutral: true, lowerIsBetter: false, value: 20, previous: 10 }), 'en-US')).toEqual({ text: '+100%', tone: 'flat' })
    // A change that rounds to nothing reads "0%", never "-0%".
    expect(describeChange(tile({ value: 100_001, previous: 100_000 }), 'en-US')?.text).toBe('0%')
    render(<KpiTile tile={tile({ value: null, link: null })} currency="USD" locale="en-US" previousLabel="Q4" />)
    expect(screen.getAllByText('—').length).toBeGreaterThan(0)
  })
})
