import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import type { TablePage } from '@shared/domain/board'
import { renderWithWorkspace } from '../../test/render-with-workspace'
import { LeadCreateDialog } from '../leads/LeadCreateDialog'

type View = Awaited<ReturnType<typeof renderWithWorkspace>>

let view: View | undefined
afterEach(async () => {
  await view?.cleanup()
  view = undefined
})

/** Opens the dialog on demand, so the field made by the test is there when it loads. */
function OpenLater() {
  const [open, setOpen] = useState(false)
  return open ? <LeadCreateDialog onClose={() => setOpen(false)} /> : <button onClick={() => setOpen(true)}>Open</button>
}

describe('a required custom field in the New lead dialog', () => {
  it('is asked for, explained when missing or wrong, and saved with the lead', async () => {
    const user = userEvent.setup()
    view = await renderWithWorkspace(<OpenLater />)
    const made = await view.workspace.dispatch('customFields.create', { entity: 'lead', label: 'Seats', type: 'number', required: true, helpText: 'Licensed users' })
    expect(made.ok).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Open' }))
    const dialog = await screen.findByRole('dialog', { name: 'New lead' })
    await user.type(within(dialog).getByLabelText('Person'), 'Dana Li')
    const seats = await within(dialog).findByLabelText('Seats *')
    await user.click(within(dialog).getByRole('button', { name: 'Create lead' }))
    expect(await within(dialog).findByText('Seats is required')).toBeInTheDocument()

    await user.type(seats, 'lots')
    await user.tab()
    expect(await within(dialog).findByText('Seats must be a number')).toBeInTheDocument()
    await user.clear(seats)
    await user.type(seats, '25')
    await user.tab()
    await user.click(within(dialog).getByRole('button', { name: 'Create lead' }))
    await screen.findByRole('button', { name: 'Open' })
    const table = await view.workspace.dispatch('leads.table', {})
    expect(table.ok && (table.value as TablePage).rows.map((r) => [r.personName, r.customFields])).toEqual([['Dana Li', { seats: 25 }]])
  })
})
