import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { InputOf, Method, ResultOf } from '@shared/contract'
import { navigate } from '../../app/router'
import { renderWithWorkspace } from '../../test/render-with-workspace'
import { LeadDrawer } from './LeadDrawer'

// Someone saves the lead while it is open here: a save from this form, based on the older
// version, is refused with what changed; what was typed stays in the form, and can be applied
// again on top of the newer lead or discarded for it.

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

async function openLead() {
  view = await renderWithWorkspace(<LeadDrawer />)
  const lead = await call('leads.create', { personName: 'Dana Li', company: 'Northwind', valueMinor: 250_000 })
  act(() => navigate('/pipeline', { lead: String(lead.id) }, { replace: true }))
  const drawer = await screen.findByRole('dialog', { name: 'Dana Li' })
  return { lead, drawer }
}

describe('a save based on an older lead', () => {
  it('is refused with what changed, keeps what was typed, and applies it again on the newer lead', async () => {
    const user = userEvent.setup()
    const { lead, drawer } = await openLead()
    const notes = within(drawer).getByLabelText('Notes')
    await user.type(notes, 'Wants a call on Friday')
    // Meanwhile the value is changed elsewhere (another window; on a team server, a teammate).
    await call('leads.update', { id: lead.id, fields: { valueMinor: 300_000 } })
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }))

    const alert = await within(drawer).findByRole('alert')
    expect(alert).toHaveTextContent(/The value of this lead changed (just now|\d+ seconds ago)\./)
    expect(within(drawer).getByLabelText('Notes')).toHaveValue('Wants a call on Friday')
    expect(await call('leads.get', { id: lead.id })).toMatchObject({ notes: null, valueMinor: 300_000 })

    await user.click(within(alert).getByRole('button', { name: 'Apply my changes again' }))
    expect(await within(drawer).findByText('Saved.')).toBeInTheDocument()
    // Both: the newer value (not put back to the one this form loaded) and the typed notes.
    expect(await call('leads.get', { id: lead.id })).toMatchObject({ notes: 'Wants a call on Friday', valueMinor: 300_000 })
    expect(within(drawer).queryByRole('alert')).not.toBeInTheDocument()
  })

  it('discards what was typed for the newer lead', async () => {
    const user = userEvent.setup()
    const { lead, drawer } = await openLead()
    await user.clear(within(drawer).getByLabelText('Deal value (USD)'))
    await user.type(within(drawer).getByLabelText('Deal value (USD)'), '1,000')
    await call('leads.update', { id: lead.id, fields: { valueMinor: 300_000 } })
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }))
    const alert = await within(drawer).findByRole('alert')
    await user.click(within(alert).getByRole('button', { name: 'Discard mine' }))
    expect(await within(drawer).findByText('Showing the saved lead.')).toBeInTheDocument()
    expect(within(drawer).getByLabelText('Deal value (USD)')).toHaveValue('3000')
    expect(await call('leads.get', { id: lead.id })).toMatchObject({ valueMinor: 300_000 })
  })
})
