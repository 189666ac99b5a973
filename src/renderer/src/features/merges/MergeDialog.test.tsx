import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiProvider } from '../../api/ApiProvider'
import { createClient } from '../../api/client'
import { inProcessBridge } from '../../../../../test/harness/in-process-bridge'
import { renderWithWorkspace } from '../../test/render-with-workspace'
import { call } from '../parties/parties.testing'
import { MergeDialog } from './MergeDialog'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

describe('the merge dialog', () => {
  it('shows each custom field side by side with a radio, several choices combined, and merges what was picked', async () => {
    const view = await renderWithWorkspace(<div />)
    cleanup = view.cleanup
    const api = <M extends Parameters<typeof call>[1]>(method: M, input: Parameters<typeof call<M>>[2]) => call(view.workspace, method, input)
    await api('customFields.create', { entity: 'person', label: 'Tier', type: 'choice', options: ['Gold', 'Silver'] })
    await api('customFields.create', { entity: 'person', label: 'Topics', type: 'choices', options: ['Billing', 'CRM', 'Support'] })
    await api('customFields.create', { entity: 'person', label: 'Seats', type: 'number' })
    const dana = await api('people.create', { name: 'Dana Li', customFields: { tier: 'Gold', topics: ['Support'] } })
    const twin = await api('people.create', { name: 'Dana Lee', customFields: { tier: 'Silver', topics: ['Billing'], seats: 12 } })
    let merged = false
    view.rerender(
      <ApiProvider client={createClient(inProcessBridge(view.workspace.dispatch))}>
        <MergeDialog kind="person" ids={[dana.id, twin.id]} onClose={() => undefined} onMerged={() => (merged = true)} />
      </ApiProvider>,
    )
    const user = userEvent.setup()
    const dialog = await screen.findByRole('dialog', { name: 'Merge two people' })
    await within(dialog).findByRole('radio', { name: 'Tier: Silver' })
    // The kept record's value is picked, unless it has none: then the other's.
    expect(within(dialog).getByRole('radio', { name: 'Tier: Gold' })).toBeChecked()
    expect(within(dialog).getByRole('radio', { name: 'Seats: 12' })).toBeChecked()
    expect(within(within(dialog).getByRole('list', { name: 'Topics after the merge' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Billing', 'Support'])

    await user.click(within(dialog).getByRole('radio', { name: 'Tier: Silver' }))
    await user.click(within(dialog).getByRole('button', { name: 'Merge into Dana Li' }))
    await waitFor(() => expect(merged).toBe(true))
    expect((await api('people.get', { id: dana.id })).customFields).toEqual({ tier: 'Silver', topics: ['Billing', 'Support'], seats: 12 })
  })
})
