import type { TeamAccessMember } from '@shared/contract/teamServer'
import { errorMessage } from '../../api/errors'
import { Dialog } from '../../ui/Dialog'
import { useToast } from '../../ui/Toast'
import { useMemberWrite } from './team.queries'

/** Removing someone, confirmed: their login stops at once, their open sessions end, their leads stay. */
export function RemoveMemberDialog({ member, onClose }: { member: TeamAccessMember; onClose: () => void }) {
  const remove = useMemberWrite('teamServer.remove')
  const toast = useToast()
  const confirm = () =>
    remove.mutate(
      { memberId: member.id },
      {
        onSuccess: ({ name }) => {
          toast.show(`${name} was removed from the team. Their leads keep their name.`)
          onClose()
        },
      },
    )
  return (
    <Dialog
      title={`Remove ${member.name}?`}
      open
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Keep {member.name}
          </button>
          <span className="spacer" />
          <button type="button" className="button button--danger" onClick={confirm} disabled={remove.isPending}>
            {remove.isPending ? 'Removing…' : `Remove ${member.name}`}
          </button>
        </>
      }
    >
      <p>
        {member.name}’s login stops working at once{member.signedIn ? ', and Baton signs them out of the team everywhere they are signed in now' : ''}. Their{' '}
        {member.leadCount === 1 ? 'lead stays' : `${member.leadCount.toLocaleString()} leads stay`} in the workspace with their name as the owner; reassign{' '}
        {member.leadCount === 1 ? 'it' : 'them'} from the lead table when you like.
      </p>
      {remove.error && (
        <p className="form-error" role="alert">
          {errorMessage(remove.error)}
        </p>
      )}
    </Dialog>
  )
}
