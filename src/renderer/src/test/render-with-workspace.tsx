import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { openWorkspace, type Workspace, type WorkspaceOptions } from '../../../main/workspace'
import { inProcessBridge } from '../../../../test/harness/in-process-bridge'
import { ApiProvider } from '../api/ApiProvider'
import { createClient } from '../api/client'

/** Renders a piece of the real UI against a real workspace file in a temp folder. */
export async function renderWithWorkspace(ui: ReactElement, options: WorkspaceOptions = {}): Promise<{ workspace: Workspace; cleanup: () => Promise<void> } & ReturnType<typeof render>> {
  const dir = mkdtempSync(join(tmpdir(), 'baton-component-'))
  const workspace = await openWorkspace(dir, 'test', options)
  const client = createClient(inProcessBridge(workspace.dispatch))
  const view = render(<ApiProvider client={client}>{ui}</ApiProvider>)
  return {
    ...view,
    workspace,
    async cleanup() {
      view.unmount()
      await workspace.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
