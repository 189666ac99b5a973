import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { BoardCard } from '@shared/domain/board'
import { LeadCard } from './LeadCard'

const now = new Date('2026-11-23T12:00:00.000Z')
const base = {
  id: 1,
  personName: 'Dana Li',
  company: 'Northwind',
  valueMinor: 1_250_000,
  sourceCampaignName: 'Spring webinar',
  sourceChannel: 'video',
  owner: 'Sam Porter',
  stageEnteredAt: '2026-11-13T12:00:00.000Z',
  nextFollowUpAt: null,
  stale: false,
} as unknown as BoardCard

describe('LeadCard', () => {
  it('shows who, how much, where from, who owns it and how long it has waited', () => {
    render(<LeadCard card={base} now={now} />)
    expect(screen.getByText('Dana Li')).toBeInTheDocument()
    expect(screen.getByText('Northwind')).toBeInTheDocument()
    expect(screen.getByText('$12,500')).toBeInTheDocument()
    expect(screen.getByText('Video')).toBeInTheDocument()
    expect(screen.getByText('Spring webinar')).toBeInTheDocument()
    expect(screen.getByLabelText('Owner Sam Porter')).toHaveTextContent('SP')
    expect(screen.getByText('10d in stage')).toBeInTheDocument()
  })

  it('marks an overdue follow-up in red and a future one plainly', () => {
    const { rerender } = render(<LeadCard card={{ ...base, nextFollowUpAt: '2026-11-20T09:00:00.000Z' }} now={now} />)
    expect(screen.getByText(/Overdue/)).toHaveClass('follow-up--overdue')
    rerender(<LeadCard card={{ ...base, nextFollowUpAt: '2026-11-28T09:00:00.000Z' }} now={now} />)
    expect(screen.getByText(/Next/)).not.toHaveClass('follow-up--overdue')
  })

  it('flags a stale lead', () => {
    render(<LeadCard card={{ ...base, stale: true }} now={now} />)
    expect(screen.getByText('Stale')).toBeInTheDocument()
  })
})
