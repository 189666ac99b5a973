import { useState } from 'react'
import { errorMessage } from '../../api/errors'
import { navigate } from '../../app/router'
import { Dialog } from '../../ui/Dialog'
import { JoinTeamDialog } from '../team/JoinTeamDialog'
import { RecentWorkspaceRow, workspaceName } from './RecentWorkspaceRow'
import { useForgetWorkspace, useOpenWorkspace, useRecentWorkspaces, type OpenChoice } from './workspaces.queries'
import './workspaces.css'

/**
 * File → Open workspace…: the solo folders and team workspaces opened on this computer, most
 * recent first, and the ways to another one (a solo folder or file, or joining a team). Opening one
 * closes the workspace open now once its writes are done, then shows the new one from its home.
 */
export function OpenWorkspaceDialog({ onClose }: { onClose: () => void }) {
  const recent = useRecentWorkspaces()
  const open = useOpenWorkspace()
  const forget = useForgetWorkspace()
  const [opening, setOpening] = useState<string | null>(null)
  const [joining, setJoining] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function openOne(choice: OpenChoice, name: string) {
    setProblem(null)
    setOpening(name)
    try {
      const status = await open.mutateAsync(choice)
      if (status) {
        onClose()
        navigate('/')
      }
    } catch (error) {
      setProblem(`Couldn’t open ${name}: ${errorMessage(error)}`)
    } finally {
      setOpening(null)
    }
  }

  if (joining) return <JoinTeamDialog onClose={onClose} />
  const busy = opening !== null || forget.isPending
  const list = recent.data ?? []
  return (
    <Dialog
      title="Open workspace"
      open
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" disabled={busy} onClick={() => void openOne('folder', 'that folder')}>
            Open a solo workspace folder…
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void openOne('file', 'that file')} title="An offline copy of a team workspace, or a backup">
            Open a workspace file…
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => setJoining(true)}>
            Join a team…
          </button>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </>
      }
    >
      <p className="muted">
        Switch between your solo workspaces and the teams you are on. Baton finishes what it is saving, closes this workspace and opens the one you choose; nothing is copied or
        changed. To start a new solo workspace, open an empty folder.
      </p>
      {opening && (
        <p role="status" className="recent-workspaces__status">
          Opening {opening}…
        </p>
      )}
      {problem && (
        <p role="alert" className="field__error">
          {problem}
        </p>
      )}
      {recent.isError && (
        <p role="alert" className="field__error">
          Couldn’t read the list of workspaces: {errorMessage(recent.error)}
        </p>
      )}
      {recent.isSuccess && list.length === 0 && <p className="muted">No other workspace has been opened on this computer yet.</p>}
      {list.length > 0 && (
        <ul className="recent-workspaces" aria-label="Recent workspaces">
          {list.map((workspace) => (
            <RecentWorkspaceRow
              key={workspace.key}
              workspace={workspace}
              busy={busy}
              onOpen={() => void openOne({ key: workspace.key }, workspaceName(workspace))}
              onForget={() => forget.mutate(workspace.key, { onError: (error) => setProblem(errorMessage(error)) })}
            />
          ))}
        </ul>
      )}
    </Dialog>
  )
}
