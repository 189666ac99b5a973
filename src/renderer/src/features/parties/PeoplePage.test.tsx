import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { openWorkspace } from './parties.testing'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
  window.location.hash = ''
})

async function seeded() {
  const view = await openWorkspace()
  cleanup = view.cleanup
  await view.call('team.add', { name: 'Sam', email: null })
  const acme = await view.call('organizations.create', { name: 'Acme Ltd', domain: 'acme.com', industry: 'Manufacturing' })
  const globex = await view.call('organizations.create', { name: 'Globex' })
  const dana = await view.call('people.create', { name: 'Dana Li', emails: ['dana@acme.com'], organizationId: acme.id, owner: 'Sam', jobTitle: 'CTO' })
  const bo = await view.call('people.create', { name: 'Bo Chen', emails: ['bo@globex.com'], organizationId: globex.id, tags: ['vip'] })
  const cy = await view.call('people.create', { name: 'Cy Ray', organizationId: acme.id })
  return { ...view, acme, globex, dana, bo, cy }
}

const rowNames = (table: string) =>
  within(screen.getByRole('table', { name: table }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('aria-label'))

describe('the People page', () => {
  it('lists people sorted by name, sorts on the server and narrows by search and filters kept in the address', async () => {
    const user = userEvent.setup()
    const view = await seeded()
    view.show('/people')
    await waitFor(() => expect(rowNames('People')).toEqual(['Bo Chen', 'Cy Ray', 'Dana Li']))
    expect(screen.getByText('3 people')).toBeInTheDocument()
    // Organisation column links to its page.
    expect(within(screen.getByRole('row', { name: 'Dana Li' })).getByRole('link', { name: 'Acme Ltd' })).toHaveAttribute('href', expect.stringMatching(/#\/organizations\/\d+$/) as string)

    await user.click(screen.getByRole('button', { name: 'Name' }))
    await waitFor(() => expect(rowNames('People')).toEqual(['Dana Li', 'Cy Ray', 'Bo Chen']))

    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'glob')
    await waitFor(() => expect(rowNames('People')).toEqual(['Bo Chen']))
    expect(window.location.hash).toContain('q=glob')
    await user.click(screen.getByRole('button', { name: 'Clear all' }))
    await user.click(screen.getByRole('button', { name: /^Filters/ }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Sam')
    await waitFor(() => expect(rowNames('People')).toEqual(['Dana Li']))
  })

  it('tags several people at once, and deletes only after saying what happens to their deals', async () => {
    const user = userEvent.setup()
    const view = await seeded()
    await view.call('leads.create', { personId: view.dana.id, valueMinor: 500_00 })
    view.show('/people')
    await waitFor(() => expect(rowNames('People')).toHaveLength(3))
    await user.click(screen.getByRole('checkbox', { name: 'Select Cy Ray' }))
    await user.click(screen.getByRole('checkbox', { name: 'Select Dana Li' }))
    const bar = screen.getByRole('region', { name: 'Bulk actions' })
    expect(within(bar).getByText('2 people selected')).toBeInTheDocument()
    await user.click(within(bar).getByRole('button', { name: 'Add tag' }))
    const prompt = screen.getByRole('dialog', { name: 'Add a tag to 2 people' })
    await user.type(within(prompt).getByLabelText('Tag'), 'renewal')
    await user.click(within(prompt).getByRole('button', { name: 'Add tag' }))
    expect(await screen.findByText('Tagged 2 people “renewal”.')).toBeInTheDocument()
    expect((await view.call('people.get', { id: view.cy.id })).tags).toEqual(['renewal'])

    await user.click(screen.getByRole('checkbox', { name: 'Select Dana Li' }))
    await user.click(within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('button', { name: 'Delete…' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete Dana Li?' })
    expect(within(dialog).getByText('1 open deal')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Delete Dana Li' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent("Couldn't delete: Dana Li has 1 deal.")
    await user.click(within(dialog).getByRole('checkbox', { name: /Also delete their deals/ }))
    await user.click(within(dialog).getByRole('button', { name: 'Delete Dana Li and their deals' }))
    await waitFor(() => expect(rowNames('People')).toEqual(['Bo Chen', 'Cy Ray']))
    expect((await view.call('leads.list', {})).total).toBe(0)
  })

  it('says what to do when there is no one yet, and makes a person who then has a page', async () => {
    const user = userEvent.setup()
    const view = await openWorkspace()
    cleanup = view.cleanup
    view.show('/people')
    const empty = await screen.findByRole('region', { name: 'No people yet' })
    await user.click(within(empty).getByRole('button', { name: 'New person' }))
    const dialog = screen.getByRole('dialog', { name: 'New person' })
    await user.click(within(dialog).getByRole('button', { name: 'Create person' }))
    expect(within(dialog).getByText("Enter the person's name")).toBeInTheDocument()
    await user.type(within(dialog).getByLabelText('Name'), 'Ana Ruiz')
    await user.type(within(dialog).getByLabelText('Email'), 'ana@initech.io')
    await user.click(within(dialog).getByRole('button', { name: 'Create person' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Ana Ruiz' })).toBeInTheDocument()
    expect(window.location.hash).toMatch(/^#\/people\/\d+$/)
    expect(screen.getByText(/No deals yet/)).toBeInTheDocument()
  })

  it('filters by custom fields (a choice, a yes/no, a number range) and finds a person by a custom value', async () => {
    const user = userEvent.setup()
    const view = await seeded()
    await view.call('customFields.create', { entity: 'person', label: 'Role', type: 'choice', options: ['Buyer', 'Champion', 'Blocker'] })
    await view.call('customFields.create', { entity: 'person', label: 'Newsletter', type: 'yes_no' })
    await view.call('customFields.create', { entity: 'person', label: 'Seats', type: 'number' })
    await view.call('customFields.create', { entity: 'person', label: 'LinkedIn', type: 'url' })
    await view.call('people.update', { id: view.dana.id, fields: { customFields: { role: 'Champion', newsletter: true, seats: 40, linkedin: 'linkedin.com/in/danali' } } })
    await view.call('people.update', { id: view.bo.id, fields: { customFields: { role: 'Buyer', newsletter: false, seats: 5 } } })
    view.show('/people')
    await waitFor(() => expect(rowNames('People')).toEqual(['Bo Chen', 'Cy Ray', 'Dana Li']))

    await user.click(screen.getByRole('button', { name: /^Filters/ }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'Buyer')
    await waitFor(() => expect(rowNames('People')).toEqual(['Bo Chen']))
    expect(window.location.hash).toMatch(/cf\d+=is%3ABuyer/)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), '')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Newsletter' }), 'Yes')
    await waitFor(() => expect(rowNames('People')).toEqual(['Dana Li']))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Newsletter' }), '')
    await user.type(screen.getByRole('textbox', { name: 'Seats at least' }), '10{Enter}')
    await waitFor(() => expect(rowNames('People')).toEqual(['Dana Li']))
    expect(screen.getByRole('button', { name: /^Filters/ })).toHaveTextContent('1')
    await user.click(screen.getByRole('button', { name: 'Clear all' }))
    await waitFor(() => expect(rowNames('People')).toHaveLength(3))

    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'danali')
    await waitFor(() => expect(rowNames('People')).toEqual(['Dana Li']))
  })
})
