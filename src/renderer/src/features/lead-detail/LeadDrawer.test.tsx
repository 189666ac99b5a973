import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { InputOf, Method, ResultOf } from '@shared/contract'
import { navigate } from '../../app/router'
import { renderWithWorkspace } from '../../test/render-with-workspace'
import { LeadDrawer } from './LeadDrawer'
import { firmToday } from '../../ui/clock'

type View = Awaited<ReturnType<typeof renderWithWorkspace>>

let view: View | undefined
afterEach(async () => {
  vi.restoreAllMocks()
  await view?.cleanup()
  view = undefined
  window.location.hash = ''
})

async function call<M extends Method>(method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const result = await view!.workspace.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.value as ResultOf<M>
}

/** Renders the drawer, seeds one lead and opens it the way a board card does: by putting its id in the address. */
async function openLead(fields: Partial<InputOf<'leads.create'>> = {}) {
  view = await renderWithWorkspace(<LeadDrawer />)
  await call('team.add', { name: 'Sam' })
  const lead = await call('leads.create', { personName: 'Dana Li', company: 'Northwind', valueMinor: 250_000, ...fields })
  act(() => navigate('/pipeline', { lead: String(lead.id) }, { replace: true }))
  const drawer = await screen.findByRole('dialog', { name: 'Dana Li' })
  return { lead, drawer }
}

describe('LeadDrawer', () => {
  it('shows the lead, saves an edited field and closes on Escape', async () => {
    const user = userEvent.setup()
    const { lead, drawer } = await openLead()
    expect(within(drawer).getByRole('heading', { name: 'Dana Li' })).toBeInTheDocument()
    expect(within(drawer).getByText('$2,500')).toBeInTheDocument()
    expect(await within(drawer).findByText('New')).toBeInTheDocument()
    expect(drawer).toHaveFocus()

    // The owner is picked from the team (Settings → Team); openLead put Sam on it.
    await within(drawer).findByRole('option', { name: 'Sam' })
    await user.selectOptions(within(drawer).getByLabelText('Owner'), 'Sam')
    await user.clear(within(drawer).getByLabelText('Deal value (USD)'))
    await user.type(within(drawer).getByLabelText('Deal value (USD)'), '3,000.50')
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }))

    expect(await within(drawer).findByText('Saved.')).toBeInTheDocument()
    expect(await call('leads.get', { id: lead.id })).toMatchObject({ owner: 'Sam', valueMinor: 300_050, company: 'Northwind' })
    expect(within(drawer).getByText('$3,000.50')).toBeInTheDocument()

    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(window.location.hash).toBe('#/pipeline')
  })

  it('shows what is wrong beside the field and saves nothing', async () => {
    const user = userEvent.setup()
    const { lead, drawer } = await openLead({ email: 'dana@northwind.com' })
    const email = within(drawer).getByLabelText('Email')
    await user.clear(email)
    await user.type(email, 'dana@')
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }))

    expect(within(drawer).getByText(/^That doesn't look like an email address/)).toBeInTheDocument()
    expect(email).toHaveAttribute('aria-invalid', 'true')
    expect(await call('leads.get', { id: lead.id })).toMatchObject({ email: 'dana@northwind.com' })
  })

  it('adds a follow-up task with a due day and completes it', async () => {
    const user = userEvent.setup()
    const { lead, drawer } = await openLead()
    const tomorrow = firmToday(new Date(Date.now() + 86_400_000))
    const form = within(drawer).getByRole('form', { name: 'Add an activity' })
    expect(within(form).getByLabelText('Kind')).toHaveValue('task')
    await user.type(within(form).getByLabelText('Subject'), 'Send the revised proposal')
    await user.type(within(form).getByLabelText('Due day'), tomorrow)
    await user.click(within(form).getByRole('button', { name: 'Add' }))

    const list = await within(drawer).findByRole('list', { name: 'Activities' })
    expect(within(list).getByText('Send the revised proposal')).toBeInTheDocument()
    expect(within(list).getByText(/Due Tomorrow 9:00/)).toBeInTheDocument()
    const [task] = await call('activities.list', { leadId: lead.id })
    expect(task).toMatchObject({ kind: 'task', doneAt: null, dueAt: new Date(`${tomorrow}T09:00`).toISOString() })

    await user.click(within(list).getByRole('checkbox', { name: 'Done: Send the revised proposal' }))
    await waitFor(() => expect(within(list).getByRole('checkbox', { name: 'Done: Send the revised proposal' })).toBeChecked())
    expect((await call('activities.list', { leadId: lead.id }))[0]?.doneAt).not.toBeNull()
  })

  it('says where feedback is counted and lists it', async () => {
    const user = userEvent.setup()
    view = await renderWithWorkspace(<LeadDrawer />)
    const campaign = await call('campaigns.create', { name: 'Spring webinar', channel: 'video' })
    const lead = await call('leads.create', { personName: 'Dana Li', sourceCampaignId: campaign.id })
    act(() => navigate('/pipeline', { lead: String(lead.id) }, { replace: true }))
    const drawer = await screen.findByRole('dialog', { name: 'Dana Li' })

    const form = within(drawer).getByRole('form', { name: 'Add feedback' })
    expect(within(form).getByText(/Counted on “Spring webinar”/)).toBeInTheDocument()
    await user.click(within(form).getByRole('button', { name: 'Add feedback' }))
    expect(within(form).getByText('Write down what they said')).toBeInTheDocument()
    await user.type(within(form).getByLabelText('What they said'), 'Too expensive for a team of five')
    await user.click(within(form).getByRole('button', { name: 'Add feedback' }))

    const list = await within(drawer).findByRole('list', { name: 'Feedback' })
    expect(within(list).getByText('Too expensive for a team of five')).toBeInTheDocument()
    expect(await call('feedback.list', { leadId: lead.id })).toMatchObject([{ kind: 'objection', campaignId: campaign.id }])
  })

  it('snoozes the lead until a later day, then wakes it up', async () => {
    const user = userEvent.setup()
    const { lead, drawer } = await openLead()
    const snooze = within(drawer).getByRole('region', { name: 'Snooze' })
    await user.click(within(snooze).getByRole('button', { name: 'Snooze' }))
    expect(within(snooze).getByText('Pick the day this lead should come back')).toBeInTheDocument()

    const inAWeek = firmToday(new Date(Date.now() + 7 * 86_400_000))
    await user.type(within(snooze).getByLabelText('Snooze until'), inAWeek)
    await user.type(within(snooze).getByLabelText('because'), 'Back from holiday')
    await user.click(within(snooze).getByRole('button', { name: 'Snooze' }))
    expect(await within(drawer).findByText(/Snoozed until/)).toBeInTheDocument()
    expect(await call('leads.get', { id: lead.id })).toMatchObject({ snoozedUntil: inAWeek, snoozeReason: 'Back from holiday' })

    await user.click(within(drawer).getByRole('button', { name: 'Wake up now' }))
    expect(await within(drawer).findByLabelText('Snooze until')).toBeInTheDocument()
    expect(await call('leads.get', { id: lead.id })).toMatchObject({ snoozedUntil: null })
  })

  it('deletes the lead after asking, and closes', async () => {
    const user = userEvent.setup()
    const { lead, drawer } = await openLead()
    vi.spyOn(window, 'confirm').mockReturnValue(true)
    await user.click(within(drawer).getByRole('button', { name: 'Delete lead' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await view!.workspace.dispatch('leads.get', { id: lead.id })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})
