import { mkdtempSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AppSession } from '../../../../main/session'
import { MemoryKeychain } from '../../../../main/platform/keychain'
import { headlessPlatform } from '../../../../main/platform/platform'
import { inProcessBridge } from '../../../../../test/harness/in-process-bridge'
import { ApiProvider } from '../../api/ApiProvider'
import { createClient } from '../../api/client'
import { OpenWorkspaceDialog } from './OpenWorkspaceDialog'

// File → Open workspace… over a real app session with two solo folders on disk: the list, most
// recent first, opening a folder, switching back by the list, and taking one off it.

describe('OpenWorkspaceDialog', { timeout: 30_000 }, () => {
  let root: string
  let mine: string
  let other: string
  let gone: string
  let folders: string[]
  let session: AppSession

  beforeEach(async () => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'baton-open-dialog-')))
    mine = join(root, 'Baton')
    other = join(root, 'Other firm')
    gone = join(root, 'Old USB stick')
    folders = []
    const platform = { ...headlessPlatform, keychain: new MemoryKeychain(), pickFolder: () => Promise.resolve(folders.shift() ?? null) }
    session = new AppSession({ appDataDir: join(root, 'app'), soloDir: mine, appVersion: 'test', platform })
    await session.start()
  })
  afterEach(async () => {
    await session.close()
    rmSync(root, { recursive: true, force: true })
  })

  const show = () => {
    const onClose = vi.fn()
    const view = render(
      <ApiProvider client={createClient(inProcessBridge(session.dispatch))}>
        <OpenWorkspaceDialog onClose={onClose} />
      </ApiProvider>,
    )
    return { onClose, view, dialog: screen.getByRole('dialog', { name: 'Open workspace' }) }
  }
  const folderOpen = () => {
    const status = session.workspace.database
    return status.engine === 'sqlite' ? dirname(status.file) : null
  }

  it('opens a solo folder, then lists both most recent first and switches back by the list', async () => {
    const user = userEvent.setup()
    const first = show()
    const list = await within(first.dialog).findByRole('list', { name: 'Recent workspaces' })
    expect(within(list).getByRole('button', { name: `${mine} (open now)` })).toBeDisabled()

    folders.push(other)
    await user.click(within(first.dialog).getByRole('button', { name: 'Open a solo workspace folder…' }))
    await waitFor(() => expect(first.onClose).toHaveBeenCalled())
    expect(folderOpen()).toBe(other)
    first.view.unmount()

    const second = show()
    const rows = await within(second.dialog).findAllByRole('listitem')
    expect(rows.map((row) => row.textContent)).toEqual([expect.stringMatching(new RegExp(`^${other}Solo · on this computerOpen now$`)), expect.stringContaining(`${mine}Solo · on this computerOpened `)])
    await user.click(within(second.dialog).getByRole('button', { name: `Open ${mine}` }))
    await waitFor(() => expect(second.onClose).toHaveBeenCalled())
    expect(folderOpen()).toBe(mine)
  })

  it('shows a folder that is gone as such, and takes a workspace off the list', async () => {
    const user = userEvent.setup()
    folders.push(gone, other, mine)
    for (let n = 0; n < 3; n++) await session.dispatch('workspaces.openFolder', {})
    rmSync(gone, { recursive: true, force: true })
    const { dialog } = show()
    const list = await within(dialog).findByRole('list', { name: 'Recent workspaces' })
    const goneRow = within(list).getByText(gone).closest('li')!
    expect(within(goneRow).getByText('Solo · not there any more')).toBeInTheDocument()
    expect(within(goneRow).getByRole('button', { name: `Open ${gone}` })).toBeDisabled()

    await user.click(within(list).getByRole('button', { name: `Remove ${gone} from the list` }))
    await waitFor(() => expect(within(list).queryByText(gone)).not.toBeInTheDocument())
    expect(within(list).getAllByRole('listitem')).toHaveLength(2)
    expect(within(list).queryByRole('button', { name: `Remove ${mine} from the list` })).not.toBeInTheDocument()
  })
})
