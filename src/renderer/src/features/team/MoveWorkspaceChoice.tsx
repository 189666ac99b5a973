import type { WorkspaceMoved } from '@shared/contract/teamServer'

/** "Move this workspace to the team server": the solo workspace's data goes into the new team, its file stays here. */
export function MoveWorkspaceChoice({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <fieldset className="team-choice field--wide">
      <legend>Your data</legend>
      <label className="team-choice__option">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <span>
          <strong>Move this workspace to the team server</strong>{' '}
          <span className="muted">— every lead, person, campaign and goal, checked table by table; the file on this computer is kept as a backup</span>
        </span>
      </label>
    </fieldset>
  )
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`

/** What the move copied, said once the team has opened. */
export function MovedNotice({ moved }: { moved: WorkspaceMoved }) {
  return (
    <p className="team-moved" role="status">
      Moved your workspace to the team server: {count(moved.leads, 'lead', 'leads')} and {count(moved.rows, 'row', 'rows')} in {count(moved.tables, 'table', 'tables')}, each checked
      against the original. Your solo file stays on this computer as a backup: <code>{moved.soloKeptAt}</code>
    </p>
  )
}
