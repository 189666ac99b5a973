import { act, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { periodAround } from '@shared/domain/goalsPeriod'
import { navigate, useRoute } from '../../app/router'
import { renderWithWorkspace } from '../../test/render-with-workspace'
import { GoalEditor } from './GoalEditor'
import { GoalsPage } from './GoalsPage'

type View = Awaited<ReturnType<typeof renderWithWorkspace>>

let view: View | undefined
afterEach(async () => {
  await view?.cleanup()
  view = undefined
  window.location.hash = ''
})

/** Shows the page once the address says /goals, so a test can seed data first. */
function AtGoals() {
  return useRoute().path === '/goals' ? <GoalsPage /> : null
}

const quarter = periodAround('quarter', new Date().toLocaleDateString('en-CA'))

describe('GoalsPage', () => {
  it('teaches what a goal is before there is one', async () => {
    view = await renderWithWorkspace(<GoalsPage />)
    expect(await screen.findByRole('heading', { name: 'Set your first SMART goal' })).toBeInTheDocument()
  })

  it('shows a goal as a card in its period, with its figures and status', async () => {
    view = await renderWithWorkspace(<AtGoals />)
    await view.workspace.dispatch('goals.create', { title: 'Quarter leads', team: 'marketing', metric: 'new_leads', target: 150, startsOn: quarter.start, endsOn: quarter.end })
    await view.workspace.dispatch('leads.create', { personName: 'Dana Li' })
    act(() => navigate('/goals', {}, { replace: true }))
    const card = await screen.findByRole('article', { name: 'Quarter leads' })
    expect(within(card).getByText('of 150')).toBeInTheDocument()
    expect(within(card).getByText(/Marketing/)).toBeInTheDocument()
  })
})

describe('GoalEditor', () => {
  it('updates the SMART checklist as the person types, and says what is missing', async () => {
    view = await renderWithWorkspace(<GoalEditor goal={null} onClose={() => undefined} />)
    const checklist = await screen.findByRole('complementary', { name: 'SMART checklist' })
    expect(within(checklist).getByText('5 of 5 letters need work.')).toBeInTheDocument()
    fireEvent.change(screen.getByLabelText('Title', { exact: true }), { target: { value: 'Q1 revenue $60,000' } })
    await userEvent.selectOptions(screen.getByLabelText('Metric', { exact: true }), 'won_revenue')
    fireEvent.change(screen.getByLabelText('Target', { exact: true }), { target: { value: '60000' } })
    fireEvent.change(screen.getByLabelText('Starts', { exact: true }), { target: { value: '2026-01-01' } })
    expect(within(checklist).getByRole('listitem', { name: 'Time-bound is missing' })).toHaveTextContent('Add an end date: a goal without a deadline cannot be tracked.')
    expect(within(checklist).getByRole('listitem', { name: 'Measurable holds' })).toBeInTheDocument()
    fireEvent.change(screen.getByLabelText('Ends', { exact: true }), { target: { value: '2026-03-31' } })
    expect(within(checklist).getByRole('listitem', { name: 'Time-bound holds' })).toHaveTextContent('90 days, with a deadline.')
    expect(await within(checklist).findByText(/No history to compare with/)).toBeInTheDocument()
    // Picking won revenue suggested the team it usually belongs to.
    expect(screen.getByLabelText('Team', { exact: true })).toHaveValue('sales')
    fireEvent.change(screen.getByLabelText('Title', { exact: true }), { target: { value: '' } })
    await userEvent.click(screen.getByRole('button', { name: 'Create goal' }))
    expect(await screen.findByText('Name the goal, e.g. “Q1 revenue $60,000”')).toBeInTheDocument()
  })
})
