import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiProvider } from '../../api/ApiProvider'
import { createClient } from '../../api/client'
import { inProcessBridge } from '../../../../../test/harness/in-process-bridge'
import { renderWithWorkspace } from '../../test/render-with-workspace'
import { call } from '../parties/parties.testing'
import { SegmentsPage } from './SegmentsPage'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

describe('a segment filled by a choice field', () => {
  it('names the field and the choice in the editor, shows the rule on its card and puts the matching organisations in it', async () => {
    const view = await renderWithWorkspace(<div />)
    cleanup = view.cleanup
    const tier = await call(view.workspace, 'customFields.create', { entity: 'organization', label: 'Account tier', type: 'choice', options: ['Strategic', 'Growth'] })
    await call(view.workspace, 'customFields.create', { entity: 'organization', label: 'Seats', type: 'number' })
    const lakeside = await call(view.workspace, 'organizations.create', { name: 'Lakeside Logistics', customFields: { account_tier: 'Strategic' } })
    view.rerender(
      <ApiProvider client={createClient(inProcessBridge(view.workspace.dispatch))}>
        <SegmentsPage />
      </ApiProvider>,
    )
    const user = userEvent.setup()
    await user.click((await screen.findAllByRole('button', { name: 'New segment' }))[0]!)
    const dialog = screen.getByRole('dialog', { name: 'New segment' })
    await user.type(within(dialog).getByLabelText('Name'), 'Strategic accounts')
    const who = within(dialog).getByRole('combobox', { name: /Who is in it/ })
    // Only choice fields can fill a segment.
    expect(within(who).getAllByRole('option').map((option) => option.textContent)).toEqual(['Only those put in it by hand', 'Organisations · Account tier'])
    await user.selectOptions(who, String(tier.id))
    await user.click(within(dialog).getByRole('button', { name: 'Create segment' }))
    expect(await within(dialog).findByText('Pick a choice')).toBeInTheDocument()
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Account tier is' }), 'Strategic')
    await user.click(within(dialog).getByRole('button', { name: 'Create segment' }))

    const card = await screen.findByRole('listitem', { name: 'Strategic accounts' })
    await waitFor(() => expect(within(card).getByText('Account tier is Strategic')).toBeInTheDocument())
    const [segment] = await call(view.workspace, 'segments.list', {})
    expect((await call(view.workspace, 'organizations.get', { id: lakeside.id })).segmentId).toBe(segment?.id)
  })
})
