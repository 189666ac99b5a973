import { useEffect } from 'react'
import { ROLE_LABELS } from './roles'
import { useWorkspaceStatus } from './team.queries'

/** The sidebar's last line says which workspace is open; the window's title says it too. */
export function WorkspaceFooter() {
  const status = useWorkspaceStatus()
  const data = status.data
  useEffect(() => {
    if (data) document.title = data.title
  }, [data])
  if (data?.kind !== 'team') return <p className="sidebar__footer">Offline · data stays on this computer</p>
  return (
    <p className="sidebar__footer sidebar__footer--team">
      <span className="sidebar__team">{data.teamName}</span>
      Team · {data.memberName ?? data.login} · {ROLE_LABELS[data.role].name}
    </p>
  )
}
