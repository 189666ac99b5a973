import { useState } from 'react'
import { TEAM_ROLES, type TeamAccessMember, type TeamRole } from '@shared/contract/teamServer'
import { errorMessage } from '../../api/errors'
import { useToast } from '../../ui/Toast'
import { InvitationIssued } from './InvitationIssued'
import { RemoveMemberDialog } from './RemoveMemberDialog'
import { ROLE_LABELS } from './roles'
import { useMemberWrite } from './team.queries'
import { Dialog } from '../../ui/Dialog'

const leads = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'lead' : 'leads'}`

export function MemberRow({ member, owner }: { member: TeamAccessMember; owner: boolean }) {
  const setRole = useMemberWrite('teamServer.setRole')
  const newPassword = useMemberWrite('teamServer.newPassword')
  const toast = useToast()
  const [removing, setRemoving] = useState(false)
  const role = member.role as TeamRole

  const changeRole = (next: TeamRole) =>
    setRole.mutate(
      { memberId: member.id, role: next },
      { onSuccess: () => toast.show(`${member.name} is now ${next === 'owner' ? 'an' : 'a'} ${ROLE_LABELS[next].name.toLowerCase()}.`), onError: (error) => toast.show(errorMessage(error), { tone: 'error' }) },
    )

  return (
    <tr>
      <td>
        <div className="member">
          <span className="member__avatar" aria-hidden="true">
            {member.name.slice(0, 1).toUpperCase()}
          </span>
          <span>
            <span className="member__name" title={`Signs in as ${member.login}`}>
              {member.name}
              {member.isYou && <span className="muted"> (you)</span>}
            </span>
            <span className="member__meta">
              {member.signedIn && <span className="member__online">● Signed in now</span>}
              {member.signedIn && member.email && ' · '}
              {member.email}
            </span>
          </span>
        </div>
      </td>
      <td>
        {owner ? (
          <select aria-label={`Role of ${member.name}`} value={role} onChange={(e) => changeRole(e.target.value as TeamRole)} disabled={setRole.isPending} className="team-role-select">
            {TEAM_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r].name}
              </option>
            ))}
          </select>
        ) : (
          <span className={`badge badge--role-${role}`}>{ROLE_LABELS[role].name}</span>
        )}
      </td>
      <td className="numeric">{leads(member.leadCount)}</td>
      <td className="team-table__actions">
        {owner && !member.isYou && (
          <>
            <button type="button" className="button button--small" onClick={() => newPassword.mutate({ memberId: member.id })} disabled={newPassword.isPending} aria-label={`New password for ${member.name}`}>
              New password…
            </button>
            <button type="button" className="button button--small button--danger-quiet" onClick={() => setRemoving(true)} aria-label={`Remove ${member.name}`}>
              Remove…
            </button>
          </>
        )}
        {removing && <RemoveMemberDialog member={member} onClose={() => setRemoving(false)} />}
        {newPassword.data && (
          <Dialog title={`New password for ${member.name}`} open onClose={() => newPassword.reset()}>
            <InvitationIssued issued={newPassword.data} note={`${member.name}’s old password no longer works.`} />
          </Dialog>
        )}
      </td>
    </tr>
  )
}
