import { QueryError } from '../../ui/QueryError'
import { MemberRow } from './MemberRow'
import { useTeamAccess } from './team.queries'

/** Everyone on the team with their role; owners change roles, issue new passwords and remove people. */
export function MembersTable({ owner }: { owner: boolean }) {
  const access = useTeamAccess(true)
  if (access.error) return <QueryError error={access.error} onRetry={() => void access.refetch()} />
  const active = access.data?.filter((m) => m.role !== null) ?? []
  const others = access.data?.filter((m) => m.role === null) ?? []
  return (
    <>
      <table className="data-table team-table" aria-label="Members">
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Role</th>
            <th scope="col" className="numeric">
              Leads
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {active.map((member) => (
            <MemberRow key={member.id} member={member} owner={owner} />
          ))}
        </tbody>
      </table>
      {others.length > 0 && (
        <p className="muted team-card__others">
          Also on the team list, without a login: {others.map((m) => `${m.name}${m.archived ? ' (removed)' : ''}`).join(', ')}. Their leads keep their name.
        </p>
      )}
      {!owner && <p className="muted">Only the team’s owners can invite people, change roles or remove someone.</p>}
    </>
  )
}
