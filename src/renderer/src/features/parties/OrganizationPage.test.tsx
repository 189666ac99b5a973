import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { Pipeline } from '@shared/domain/pipelines'
import { openWorkspace } from './parties.testing'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
  window.location.hash = ''
})

describe("an organisation's page", () => {
  it('adds a person, opens a deal for them, and shows it with its stage and value', async () => {
    const user = userEvent.setup()
    const view = await openWorkspace()
    cleanup = view.cleanup
    const acme = await view.call('organizations.create', { name: 'Acme Ltd', domain: 'acme.com', industry: 'Manufacturing' })
    view.show(`/organizations/${acme.id}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Acme Ltd' })).toBeInTheDocument()
    expect(await screen.findByText(/No one here yet/)).toBeInTheDocument()
    expect(screen.getByText(/No deals yet/)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Add person' }))
    const add = screen.getByRole('dialog', { name: 'New person at Acme Ltd' })
    expect(within(add).getByRole('combobox', { name: 'Organisation' })).toHaveValue('Acme Ltd')
    await user.type(within(add).getByLabelText('Name'), 'Dana Li')
    await user.type(within(add).getByLabelText('Job title'), 'CTO')
    await user.click(within(add).getByRole('button', { name: 'Create person' }))
    const people = screen.getByRole('region', { name: 'People' })
    expect(await within(people).findByRole('link', { name: 'Dana Li' })).toBeInTheDocument()
    expect(within(people).getByText('CTO')).toBeInTheDocument()

    await user.click(within(people).getByRole('button', { name: 'New deal for Dana Li' }))
    const deal = screen.getByRole('dialog', { name: 'New deal for Dana Li · Acme Ltd' })
    await user.type(within(deal).getByLabelText('Deal title'), 'Pilot')
    await user.type(within(deal).getByLabelText(/Deal value/), '1200')
    await user.click(within(deal).getByRole('button', { name: 'Create lead' }))
    const deals = screen.getByRole('table', { name: 'Deals' })
    const row = await within(deals).findByRole('row', { name: /Pilot/ })
    expect(row).toHaveTextContent('Dana Li')
    expect(row).toHaveTextContent('$1,200')
    expect(within(row).getByRole('link', { name: 'Pilot' })).toHaveAttribute('href', expect.stringMatching(new RegExp(`^#/organizations/${acme.id}\\?lead=\\d+$`)) as string)
    const [lead] = (await view.call('leads.list', {})).leads
    expect(lead).toMatchObject({ title: 'Pilot', personName: 'Dana Li', organizationId: acme.id, valueMinor: 1200_00 })
  })

  it('opens a renewal from its header and picks which of its people it is with', async () => {
    const user = userEvent.setup()
    const view = await openWorkspace()
    cleanup = view.cleanup
    const acme = await view.call('organizations.create', { name: 'Acme Ltd' })
    await view.call('people.create', { name: 'Dana Li', organizationId: acme.id })
    const sam = await view.call('people.create', { name: 'Sam Ortiz', jobTitle: 'Buyer', organizationId: acme.id })
    view.show(`/organizations/${acme.id}`)
    await screen.findByRole('heading', { level: 1, name: 'Acme Ltd' })

    await user.click(screen.getAllByRole('button', { name: 'New deal' })[0]!)
    const deal = screen.getByRole('dialog', { name: 'New deal for Acme Ltd' })
    const person = within(deal).getByLabelText('Person')
    expect(await within(person).findByRole('option', { name: 'Sam Ortiz · Buyer' })).toBeInTheDocument()
    expect(person).toHaveValue('')
    await user.selectOptions(person, 'Sam Ortiz · Buyer')
    await user.type(within(deal).getByLabelText('Deal title'), 'Renewal')
    await user.click(within(deal).getByRole('button', { name: 'Create lead' }))
    const row = await within(screen.getByRole('table', { name: 'Deals' })).findByRole('row', { name: /Renewal/ })
    expect(row).toHaveTextContent('Sam Ortiz')
    const [lead] = (await view.call('leads.list', {})).leads
    expect(lead).toMatchObject({ title: 'Renewal', personId: sam.id, organizationId: acme.id })
  })

  it("sums what it bought through the metrics module and edits its details in place", async () => {
    const user = userEvent.setup()
    const view = await openWorkspace()
    cleanup = view.cleanup
    const [sales] = (await view.call('pipelines.list', {})) as [Pipeline]
    const won = sales.stages.find((s) => s.kind === 'won')!
    const lead = await view.call('leads.create', { personName: 'Dana Li', company: 'Acme Ltd', valueMinor: 4_000_00 })
    await view.call('leads.move', { leadId: lead.id, stageId: won.id })
    await view.call('activities.create', { leadId: lead.id, kind: 'call', subject: 'Kick-off call' })
    view.show(`/organizations/${lead.organizationId}`)
    const figures = await screen.findByLabelText('Customer figures')
    await waitFor(() => expect(figures).toHaveTextContent('Lifetime revenue$4,000'), { timeout: 4000 })
    expect(figures).toHaveTextContent('1 won deal')
    expect(await screen.findByText('Kick-off call')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Edit details' }))
    const form = screen.getByRole('form', { name: 'Edit details' })
    await user.type(within(form).getByLabelText('Domain'), 'https://www.acme.com')
    await user.type(within(form).getByLabelText('Region'), 'North-West')
    await user.click(within(form).getByRole('button', { name: 'Save details' }))
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit details' })).not.toBeInTheDocument())
    expect(await view.call('organizations.get', { id: lead.organizationId! })).toMatchObject({ domain: 'acme.com', region: 'North-West' })
    expect(screen.getAllByText('acme.com').length).toBeGreaterThan(0)
  })

  it('shows its custom fields on its page, saves one as it is typed, and adds a column for each to the organisations table', async () => {
    const user = userEvent.setup()
    const view = await openWorkspace()
    cleanup = view.cleanup
    const seats = await view.call('customFields.create', { entity: 'organization', label: 'Seats', type: 'number' })
    const acme = await view.call('organizations.create', { name: 'Acme Ltd' })
    view.show(`/organizations/${acme.id}`)
    const more = await screen.findByRole('region', { name: 'More details' })
    await user.type(within(more).getByLabelText('Seats'), '40')
    await user.tab()
    await waitFor(async () => expect((await view.call('organizations.get', { id: acme.id })).customFields).toEqual({ [seats.key]: 40 }))

    view.show('/organizations')
    const table = await screen.findByRole('table', { name: 'Organisations' })
    expect(await within(table).findByRole('columnheader', { name: /Seats/ })).toBeInTheDocument()
    expect(await within(table).findByRole('row', { name: /Acme Ltd/ })).toHaveTextContent('40')
  })
})

