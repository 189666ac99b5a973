import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { inProcessBridge } from '../../../../../test/harness/in-process-bridge'
import { ApiProvider } from '../../api/ApiProvider'
import { createClient } from '../../api/client'
import { renderWithWorkspace } from '../../test/render-with-workspace'
import { hasUnsavedEdits } from '../../ui/unsavedGuard'
import { CampaignsPage } from './CampaignsPage'

// The campaign editor saves based on the version it opened: the real dispatcher refuses the save
// once someone else saved the campaign (a second write through it, as a teammate's app would).

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
  window.location.hash = ''
})

describe('the campaign editor when someone saved the campaign first', () => {
  it('says who changed what, keeps the typed budget beside their new name, and applies it in one click', async () => {
    const user = userEvent.setup()
    const view = await renderWithWorkspace(<div />)
    cleanup = view.cleanup
    const call = async <T,>(method: Parameters<typeof view.workspace.dispatch>[0], input: unknown): Promise<T> => {
      const result = await view.workspace.dispatch(method, input)
      if (!result.ok) throw new Error(result.error.message)
      return result.value as T
    }
    const campaign = await call<{ id: number; version: number }>('campaigns.create', { name: 'Spring mailing', channel: 'email', budgetMinor: 50_000 })
    window.location.hash = `#/campaigns/${campaign.id}`
    view.rerender(
      <ApiProvider client={createClient(inProcessBridge(view.workspace.dispatch))}>
        <CampaignsPage />
      </ApiProvider>,
    )
    const dialog = await screen.findByRole('dialog', { name: 'Edit campaign' })
    const budget = within(dialog).getByLabelText('Budget (USD)')
    await user.clear(budget)
    await user.type(budget, '900')
    await call('campaigns.update', { id: campaign.id, fields: { name: 'Spring mailing (EU)', channel: 'email', budgetMinor: 50_000 }, basedOnVersion: campaign.version })
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))

    const refusal = await within(dialog).findByRole('alert', { name: 'Not saved — someone saved this first' })
    expect(refusal).toHaveTextContent(/The name of this campaign changed (just now|\d+ seconds ago)\./)
    expect(within(dialog).getByLabelText('Budget (USD)')).toHaveValue('900')
    await waitFor(() => expect(within(dialog).getByLabelText('Name')).toHaveValue('Spring mailing (EU)'))
    expect(hasUnsavedEdits()).toBe(true)

    await user.click(within(refusal).getByRole('button', { name: 'Apply my changes again' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit campaign' })).not.toBeInTheDocument())
    expect(await call('campaigns.get', { id: campaign.id })).toMatchObject({ name: 'Spring mailing (EU)', budgetMinor: 90_000, version: campaign.version + 2 })
  })
})
