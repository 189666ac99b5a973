import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { navigate } from '../../app/router'
import { renderWithWorkspace } from '../../test/render-with-workspace'
import { LeadDrawer } from '../lead-detail/LeadDrawer'
import { LeadCreateDialog } from '../leads/LeadCreateDialog'
import { call } from './parties.testing'

// Who a deal is with, seen from the lead's side: the new-lead form picks people and
// organisations already in Baton, and the drawer links to their pages.

type View = Awaited<ReturnType<typeof renderWithWorkspace>>
let view: View | undefined
afterEach(async () => {
  await view?.cleanup()
  view = undefined
  window.location.hash = ''
})

describe('a lead and who it is with', () => {
  it('picks an existing person as their name is typed, so the new lead is their next deal', async () => {
    const user = userEvent.setup()
    view = await renderWithWorkspace(<LeadCreateDialog onClose={() => undefined} />)
    const acme = await call(view.workspace, 'organizations.create', { name: 'Acme Ltd', domain: 'acme.com' })
    const dana = await call(view.workspace, 'people.create', { name: 'Dana Li', emails: ['dana@acme.com'], organizationId: acme.id })
    const person = screen.getByRole('combobox', { name: 'Person' })
    await user.type(person, 'dan')
    const option = await screen.findByRole('option', { name: /Dana Li/ })
    expect(person).toHaveAttribute('aria-expanded', 'true')
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}')
    expect(option).not.toBeInTheDocument()
    expect(person).toHaveValue('Dana Li')
    expect(screen.getByText('Already in Baton: this is a new deal for them')).toBeInTheDocument()
    await user.type(screen.getByLabelText(/Deal value/), '900')
    await user.click(screen.getByRole('button', { name: 'Create lead' }))
    await waitFor(async () => expect((await call(view!.workspace, 'leads.list', {})).total).toBe(1))
    const [lead] = (await call(view.workspace, 'leads.list', {})).leads
    expect(lead).toMatchObject({ personId: dana.id, organizationId: acme.id, company: 'Acme Ltd', valueMinor: 900_00 })
    expect((await call(view.workspace, 'people.table', {})).total).toBe(1)
  })

  it('offers "New deal for" the person whose email is typed, instead of a second person', async () => {
    const user = userEvent.setup()
    view = await renderWithWorkspace(<LeadCreateDialog onClose={() => undefined} />)
    const first = await call(view.workspace, 'leads.create', { personName: 'Dana Li', email: 'dana@acme.com', company: 'Acme Ltd' })
    await user.type(screen.getByRole('combobox', { name: 'Person' }), 'D. Li')
    await user.type(screen.getByLabelText('Email'), 'DANA@acme.com')
    await user.click(await screen.findByRole('button', { name: 'New deal for Dana Li' }))
    expect(screen.getByRole('combobox', { name: 'Person' })).toHaveValue('Dana Li')
    await user.click(screen.getByRole('button', { name: 'Create lead' }))
    await waitFor(async () => expect((await call(view!.workspace, 'leads.list', {})).total).toBe(2))
    const leads = (await call(view.workspace, 'leads.list', {})).leads
    expect(new Set(leads.map((lead) => lead.personId))).toEqual(new Set([first.personId]))
  })

  it('shows the person and organisation in the lead drawer, each linking to their page', async () => {
    view = await renderWithWorkspace(<LeadDrawer />)
    const acme = await call(view.workspace, 'organizations.create', { name: 'Acme Ltd', domain: 'acme.com', industry: 'Manufacturing' })
    const dana = await call(view.workspace, 'people.create', { name: 'Dana Li', emails: ['dana@acme.com'], phones: ['+1 555 0101'], jobTitle: 'CTO', organizationId: acme.id })
    const lead = await call(view.workspace, 'leads.create', { personId: dana.id })
    act(() => navigate('/pipeline', { lead: String(lead.id) }, { replace: true }))
    const drawer = await screen.findByRole('dialog', { name: 'Dana Li' })
    const withWhom = within(drawer).getByRole('region', { name: 'With' })
    expect(within(withWhom).getByRole('link', { name: 'Dana Li' })).toHaveAttribute('href', `#/people/${dana.id}`)
    expect(within(withWhom).getByRole('link', { name: 'Acme Ltd' })).toHaveAttribute('href', `#/organizations/${acme.id}`)
    expect(await within(withWhom).findByText('CTO · dana@acme.com · +1 555 0101')).toBeInTheDocument()
    expect(await within(withWhom).findByText('acme.com · Manufacturing')).toBeInTheDocument()
  })
})
