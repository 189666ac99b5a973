import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { CustomField } from '@shared/domain/customFields'
import { renderWithWorkspace } from '../../test/render-with-workspace'
import { CustomFieldsCard } from './CustomFieldsCard'

type View = Awaited<ReturnType<typeof renderWithWorkspace>>

let view: View | undefined
afterEach(async () => {
  await view?.cleanup()
  view = undefined
})

async function fields(entity: 'lead' | 'person'): Promise<CustomField[]> {
  const result = await view!.workspace.dispatch('customFields.list', { entity, includeArchived: true })
  if (!result.ok) throw new Error(result.error.message)
  return result.value as CustomField[]
}

describe('CustomFieldsCard', () => {
  it('adds fields, explains what is wrong, edits, reorders by keyboard, archives and restores', async () => {
    const user = userEvent.setup()
    view = await renderWithWorkspace(<CustomFieldsCard />)
    const card = await screen.findByRole('region', { name: 'Custom fields' })
    expect(await within(card).findByText(/No fields on leads yet/)).toBeInTheDocument()

    // A choice field needs its choices.
    await user.click(within(card).getByRole('button', { name: 'Add a field' }))
    let form = within(card).getByRole('form', { name: 'New field' })
    await user.type(within(form).getByLabelText('Label'), 'Tier')
    await user.selectOptions(within(form).getByLabelText('Type'), 'One choice')
    await user.click(within(form).getByRole('button', { name: 'Add field' }))
    expect(await within(form).findByText('Add at least one choice (only choice fields have choices)')).toBeInTheDocument()
    await user.type(within(form).getByLabelText('Choices, one per line'), 'Bronze{Enter}Silver{Enter}Gold')
    await user.click(within(form).getByRole('button', { name: 'Add field' }))
    const list = await within(card).findByRole('list', { name: 'Fields on leads, in order' })
    expect(await within(list).findByText('Bronze · Silver · Gold')).toBeInTheDocument()

    await user.click(within(card).getByRole('button', { name: 'Add a field' }))
    form = within(card).getByRole('form', { name: 'New field' })
    await user.type(within(form).getByLabelText('Label'), 'Seats')
    await user.selectOptions(within(form).getByLabelText('Type'), 'Number')
    await user.click(within(form).getByLabelText(/Required/))
    await user.click(within(form).getByRole('button', { name: 'Add field' }))
    expect(await within(list).findByText('Seats')).toBeInTheDocument()
    expect(within(list).getByText('Required')).toBeInTheDocument()

    // The same label again is refused beside the label.
    await user.click(within(card).getByRole('button', { name: 'Add a field' }))
    form = within(card).getByRole('form', { name: 'New field' })
    await user.type(within(form).getByLabelText('Label'), 'seats')
    await user.click(within(form).getByRole('button', { name: 'Add field' }))
    expect(await within(form).findByText('A field called “seats” is already on leads.')).toBeInTheDocument()
    await user.click(within(form).getByRole('button', { name: 'Cancel' }))

    // Edit: the help text and a new choice.
    await user.click(within(list).getByRole('button', { name: 'Edit “Tier”' }))
    form = within(card).getByRole('form', { name: 'Edit “Tier”' })
    expect(within(form).getByLabelText('Type')).toBeDisabled()
    await user.type(within(form).getByLabelText('Help text'), 'The support plan they pay for')
    await user.type(within(form).getByLabelText('Choices, one per line'), '{Enter}Platinum')
    await user.click(within(form).getByRole('button', { name: 'Save field' }))
    expect(await within(list).findByText('The support plan they pay for')).toBeInTheDocument()
    expect((await fields('lead')).find((f) => f.key === 'tier')?.options).toEqual(['Bronze', 'Silver', 'Gold', 'Platinum'])

    // Reorder from the keyboard: Alt+Down on Tier's handle.
    within(list).getByRole('button', { name: 'Reorder “Tier” (Alt+Up or Alt+Down)' }).focus()
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}')
    expect(await within(card).findByText('“Tier” moved to position 2 of 2.')).toBeInTheDocument()
    expect((await fields('lead')).map((f) => f.label)).toEqual(['Seats', 'Tier'])
    await user.click(within(list).getByRole('button', { name: 'Move “Tier” up' }))
    await waitFor(async () => expect((await fields('lead')).map((f) => f.label)).toEqual(['Tier', 'Seats']))

    // Archive keeps it apart, restore brings it back.
    await user.click(within(list).getByRole('button', { name: 'Archive “Seats”' }))
    const archived = await within(card).findByRole('list', { name: 'Archived fields' })
    expect(within(archived).getByText('Seats')).toBeInTheDocument()
    expect((await fields('lead')).find((f) => f.key === 'seats')?.archivedAt).not.toBeNull()
    await user.click(within(archived).getByRole('button', { name: 'Restore “Seats”' }))
    expect(await within(list).findByText('Seats')).toBeInTheDocument()

    // Each kind of record has its own fields.
    await user.click(within(card).getByRole('button', { name: 'People' }))
    expect(await within(card).findByText(/No fields on people yet/)).toBeInTheDocument()
    expect(await fields('person')).toEqual([])
  })
})
