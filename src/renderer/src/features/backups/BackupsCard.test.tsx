import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { renderWithWorkspace } from '../../test/render-with-workspace'
import { BackupsCard } from './BackupsCard'

type View = Awaited<ReturnType<typeof renderWithWorkspace>>

let view: View | undefined
afterEach(async () => {
  await view?.cleanup()
  view = undefined
})

describe('BackupsCard', { timeout: 30_000 }, () => {
  it('backs up now, lists the copy with its leads, and restores it after a confirmation', async () => {
    const user = userEvent.setup()
    view = await renderWithWorkspace(<BackupsCard />)
    const card = await screen.findByRole('region', { name: 'Backups' }, { timeout: 10_000 })
    await view.workspace.dispatch('leads.create', { personName: 'Dana Li', tags: [] })

    await user.click(within(card).getByRole('button', { name: 'Back up now' }))
    const row = await within(card).findByRole('row', { name: /Backed up by you/ }, { timeout: 10_000 })
    expect(within(row).getByRole('cell', { name: '1' })).toBeInTheDocument()

    await view.workspace.dispatch('leads.create', { personName: 'Zed Late', tags: [] })
    await user.click(within(row).getByRole('button', { name: /Restore the backup of/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' }, { timeout: 10_000 })
    expect(within(dialog).getByText(/Baton backs up your current data first/)).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: /^Restore / }))

    await within(card).findByRole('row', { name: /Before a restore/ }, { timeout: 10_000 })
    const info = await view.workspace.dispatch('app.info', {})
    expect(info).toMatchObject({ ok: true, value: { leadCount: 1 } })
  })
})
