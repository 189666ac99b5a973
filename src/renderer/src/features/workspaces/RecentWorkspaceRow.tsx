import type { RecentWorkspace } from '@shared/contract/workspaces'
import { day } from '../../ui/format'
import { Icon } from '../../ui/icons'

/** What the list calls a workspace: a team by its name, a solo workspace by its folder or file. */
export const workspaceName = (workspace: RecentWorkspace) => (workspace.kind === 'team' ? workspace.teamName : workspace.label)

function detail(workspace: RecentWorkspace): string {
  if (workspace.kind === 'solo') return workspace.missing ? 'Solo · not there any more' : 'Solo · on this computer'
  const parts = [`Team · ${workspace.host}:${workspace.port}`]
  if (workspace.memberName) parts.push(`you: ${workspace.memberName}`)
  if (workspace.hostedHere) parts.push('hosted here')
  return parts.join(' · ')
}

interface RowProps {
  workspace: RecentWorkspace
  busy: boolean
  onOpen: () => void
  onForget: () => void
}

/** One workspace of the recent list: open it with a click; take it off the list unless it is open. */
export function RecentWorkspaceRow({ workspace, busy, onOpen, onForget }: RowProps) {
  const name = workspaceName(workspace)
  const unavailable = workspace.kind === 'solo' && workspace.missing
  return (
    <li className={`recent-workspace${workspace.isOpen ? ' recent-workspace--open' : ''}`}>
      <button type="button" className="recent-workspace__open" disabled={busy || workspace.isOpen || unavailable} onClick={onOpen} aria-label={workspace.isOpen ? `${name} (open now)` : `Open ${name}`}>
        <span className="recent-workspace__icon" aria-hidden="true">
          <Icon name={workspace.kind === 'team' ? 'server' : 'folder'} />
        </span>
        <span className="recent-workspace__name">{name}</span>
        <span className={`recent-workspace__detail${unavailable ? ' recent-workspace__detail--warning' : ''}`}>{detail(workspace)}</span>
        <span className="recent-workspace__when">{workspace.isOpen ? 'Open now' : `Opened ${day(workspace.openedAt)}`}</span>
      </button>
      {workspace.isOpen ? (
        <span className="recent-workspace__spacer" aria-hidden="true" />
      ) : (
        <button type="button" className="icon-button" aria-label={`Remove ${name} from the list`} title="Remove from the list (its data stays where it is)" disabled={busy} onClick={onForget}>
          <Icon name="close" />
        </button>
      )}
    </li>
  )
}
