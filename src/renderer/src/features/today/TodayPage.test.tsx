import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { InputOf, Method, ResultOf } from '@shared/contract'
import { navigate, useRoute } from '../../app/router'
import { renderWithWorkspace } from '../../test/render-with-workspace'
import { TodayPage } from './TodayPage'

type View = Awaited<ReturnType<typeof renderWithWorkspace>>

let view: View | undefined
afterEach(async () => {
  await view?.cleanup()
  view = undefined
  window.location.hash = ''
})

async function call<M extends Method>(method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const result = await view!.workspace.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.value as ResultOf<M>
}

/** Shows the page once the address says /today, so a test can seed data first and then "navigate" there. */
function AtToday() {
  return useRoute().path === '/today' ? <TodayPage /> : null
}

const goToday = () => act(() => navigate('/today', {}, { replace: true }))

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString()

describe('TodayPage', () => {
  it('teaches how follow-ups get here when there are none', async () => {
    view = await renderWithWorkspace(<AtToday />)
    goToday()
    expect(await screen.findByRole('heading', { name: 'No follow-ups due today' })).toBeInTheDocument()
    expect(screen.getByText(/Add a task with a due date on any lead and it shows up here/)).toBeInTheDocument()
  })

  it('lists an overdue task; completing it takes it off the list', async () => {
    const user = userEvent.setup()
    view = await renderWithWorkspace(<AtToday />)
    const dana = await call('leads.create', { personName: 'Dana Li', company: 'Northwind' })
    const task = await call('activities.create', { leadId: dana.id, kind: 'call', subject: 'Call back about pricing', dueAt: hoursFromNow(-26), done: false })
    await call('activities.create', { leadId: dana.id, kind: 'task', subject: 'Next month', dueAt: hoursFromNow(24 * 40) })
    goToday()

    const overdue = await screen.findByRole('region', { name: /Overdue/ })
    const row = within(overdue).getByRole('listitem')
    expect(row).toHaveTextContent('Call back about pricing')
    expect(row).toHaveTextContent('Call · New')
    expect(screen.queryByText('Next month')).not.toBeInTheDocument()

    await user.click(within(row).getByRole('button', { name: /Dana Li/ }))
    expect(window.location.hash).toContain(`lead=${dana.id}`)

    await user.click(within(row).getByRole('checkbox', { name: 'Done: Call back about pricing' }))
    expect(await screen.findByRole('heading', { name: 'No follow-ups due today' })).toBeInTheDocument()
    expect((await call('activities.list', { leadId: dana.id })).find((a) => a.id === task.id)?.doneAt).not.toBeNull()
  })

  it('groups what is late apart from what is due later today', async () => {
    view = await renderWithWorkspace(<AtToday />)
    const dana = await call('leads.create', { personName: 'Dana Li' })
    await call('activities.create', { leadId: dana.id, kind: 'task', subject: 'Late one', dueAt: hoursFromNow(-30) })
    // A minute from now is still today unless the test runs in the day's last minute.
    await call('activities.create', { leadId: dana.id, kind: 'task', subject: 'Soon', dueAt: new Date(Date.now() + 60_000).toISOString() })
    goToday()

    const overdue = await screen.findByRole('region', { name: /Overdue/ })
    expect(within(overdue).getByText('Late one')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('region', { name: /Today/ })).toHaveTextContent('Soon'))
  })
})
