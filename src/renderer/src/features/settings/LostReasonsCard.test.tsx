import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { renderWithWorkspace } from '../../test/render-with-workspace'
import { LostReasonsCard } from './LostReasonsCard'

type View = Awaited<ReturnType<typeof renderWithWorkspace>>

let view: View | undefined
afterEach(async () => {
  await view?.cleanup()
  view = undefined
})

async function labels() {
  const result = await view!.workspace.dispatch('lostReasons.list', {})
  if (!result.ok) throw new Error(result.error.message)
  return (result.value as { label: string }[]).map((reason) => reason.label)
}

describe('LostReasonsCard', () => {
  it('adds, renames and archives a reason, and says when a name is taken', async () => {
    const user = userEvent.setup()
    view = await renderWithWorkspace(<LostReasonsCard />)
    const card = await screen.findByRole('region', { name: 'Reasons a deal is lost' })

    await user.click(within(card).getByRole('button', { name: 'Add reason' }))
    expect(within(card).getByText('Write the reason')).toBeInTheDocument()

    await user.type(within(card).getByLabelText('New reason'), 'Went with a spreadsheet')
    await user.click(within(card).getByRole('button', { name: 'Add reason' }))
    const list = await within(card).findByRole('list', { name: 'Lost reasons' })
    expect(await within(list).findByText('Went with a spreadsheet')).toBeInTheDocument()
    expect(within(card).getByLabelText('New reason')).toHaveValue('')

    await user.click(within(list).getByRole('button', { name: 'Rename “Went with a spreadsheet”' }))
    const renamed = within(list).getByLabelText('New name for “Went with a spreadsheet”')
    await user.clear(renamed)
    await user.type(renamed, 'Stayed on spreadsheets')
    await user.click(within(list).getByRole('button', { name: 'Save' }))
    expect(await within(list).findByText('Stayed on spreadsheets')).toBeInTheDocument()
    expect(await labels()).toContain('Stayed on spreadsheets')

    await user.type(within(card).getByLabelText('New reason'), 'stayed on spreadsheets')
    await user.click(within(card).getByRole('button', { name: 'Add reason' }))
    expect(await within(card).findByText('“Stayed on spreadsheets” is already in the list.')).toBeInTheDocument()
    expect(within(card).getByLabelText('New reason')).toHaveAttribute('aria-invalid', 'true')

    await user.click(within(list).getByRole('button', { name: 'Archive “Stayed on spreadsheets”' }))
    await waitFor(() => expect(within(list).queryByText('Stayed on spreadsheets')).not.toBeInTheDocument())
    expect(await labels()).not.toContain('Stayed on spreadsheets')
  })

  it('shows a rename clash beside the rename field', async () => {
    const user = userEvent.setup()
    view = await renderWithWorkspace(<LostReasonsCard />)
    await view.workspace.dispatch('lostReasons.create', { label: 'Price too high' })
    await view.workspace.dispatch('lostReasons.create', { label: 'No budget' })
    const list = await screen.findByRole('list', { name: 'Lost reasons' })
    await user.click(await within(list).findByRole('button', { name: 'Rename “No budget”' }))
    const field = within(list).getByLabelText('New name for “No budget”')
    await user.clear(field)
    await user.type(field, 'Price too high')
    await user.click(within(list).getByRole('button', { name: 'Save' }))
    expect(await within(list).findByText('“Price too high” is already in the list.')).toBeInTheDocument()
    expect(field).toHaveAttribute('aria-invalid', 'true')
  })
})
