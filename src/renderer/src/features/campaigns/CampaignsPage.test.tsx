import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { renderWithWorkspace } from '../../test/render-with-workspace'
import { hasUnsavedEdits } from '../../ui/unsavedGuard'
import { CampaignsPage } from './CampaignsPage'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
  window.location.hash = ''
})

describe('CampaignsPage', () => {
  it('teaches what a campaign is when there are none', async () => {
    ;({ cleanup } = await renderWithWorkspace(<CampaignsPage />))
    expect(await screen.findByRole('heading', { name: 'Plan your first campaign' })).toBeInTheDocument()
  })

  it('shows what is wrong beside each field, then saves a valid campaign', async () => {
    const user = userEvent.setup()
    const view = await renderWithWorkspace(<CampaignsPage />)
    cleanup = view.cleanup
    await user.click((await screen.findAllByRole('button', { name: /new campaign/i }))[0] as HTMLElement)
    const dialog = screen.getByRole('dialog', { name: 'New campaign' })

    expect(hasUnsavedEdits()).toBe(false)
    await user.click(within(dialog).getByRole('button', { name: 'Create campaign' }))
    expect(within(dialog).getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true')
    expect(within(dialog).getByText('Give the campaign a name')).toBeInTheDocument()
    expect(within(dialog).getByText('Pick the channel this campaign runs on')).toBeInTheDocument()

    await user.type(within(dialog).getByLabelText('Name'), 'Spring webinar')
    // Typed but not saved: closing the window now would ask first.
    expect(hasUnsavedEdits()).toBe(true)
    await user.selectOptions(within(dialog).getByLabelText('Channel'), 'video')
    await user.type(within(dialog).getByLabelText('Starts'), '2026-05-10')
    await user.type(within(dialog).getByLabelText('Ends'), '2026-05-01')
    await user.click(within(dialog).getByRole('button', { name: 'Create campaign' }))
    expect(within(dialog).getByText('The end date is before the start date')).toBeInTheDocument()
    expect(await view.workspace.dispatch('campaigns.list', {})).toEqual({ ok: true, value: [] })

    await user.clear(within(dialog).getByLabelText('Ends'))
    await user.type(within(dialog).getByLabelText('Ends'), '2026-06-30')
    await user.type(within(dialog).getByLabelText('Budget (USD)'), '1,500')
    await user.click(within(dialog).getByRole('button', { name: 'Create campaign' }))

    const table = await screen.findByRole('table', { name: 'Campaigns' })
    expect(within(table).getByRole('row', { name: /Spring webinar/ })).toHaveTextContent('$1,500')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(hasUnsavedEdits()).toBe(false)
  })

  it('reports a tracking code another campaign already uses on that field', async () => {
    const user = userEvent.setup()
    const view = await renderWithWorkspace(<CampaignsPage />)
    cleanup = view.cleanup
    await view.workspace.dispatch('campaigns.create', { name: 'Existing', channel: 'seo', trackingCode: 'spring' })
    await user.click((await screen.findAllByRole('button', { name: /new campaign/i }))[0] as HTMLElement)
    const dialog = screen.getByRole('dialog', { name: 'New campaign' })
    await user.type(within(dialog).getByLabelText('Name'), 'Copy')
    await user.selectOptions(within(dialog).getByLabelText('Channel'), 'seo')
    await user.type(within(dialog).getByLabelText('Tracking code'), 'spring')
    await user.click(within(dialog).getByRole('button', { name: 'Create campaign' }))
    expect(await within(dialog).findByText('Another campaign already uses the tracking code “spring”.')).toBeInTheDocument()
    expect(within(dialog).getByLabelText('Tracking code')).toHaveAttribute('aria-invalid', 'true')
  })
})
