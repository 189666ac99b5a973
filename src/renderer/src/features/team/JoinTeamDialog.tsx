import { useState } from 'react'
import { Fingerprint } from './Fingerprint'
import type { InvitationPreview } from '@shared/contract/teamServer'
import { errorMessage } from '../../api/errors'
import { Dialog } from '../../ui/Dialog'
import { ROLE_LABELS } from './roles'
import { TypedJoinForm } from './TypedJoinForm'
import { useOpenInvitation, useSwitchWorkspace } from './team.queries'

/** Join a team: open the invitation file an owner saved, or type its details. */
export function JoinTeamDialog({ onClose }: { onClose: () => void }) {
  const open = useOpenInvitation()
  const join = useSwitchWorkspace('teamServer.join')
  const [preview, setPreview] = useState<InvitationPreview | null>(null)
  const [typing, setTyping] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function pick() {
    setProblem(null)
    try {
      const found = await open.mutateAsync()
      if (found) setPreview(found)
    } catch (error) {
      setProblem(errorMessage(error))
    }
  }

  async function joinWithInvitation() {
    setProblem(null)
    try {
      await join.mutateAsync({ source: 'invitation' })
      onClose()
    } catch (error) {
      setProblem(errorMessage(error))
    }
  }

  return (
    <Dialog
      title={preview ? `Join ${preview.teamName}` : 'Join a team'}
      open
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <span className="spacer" />
          {typing ? (
            <button type="submit" form="typed-join" className="button button--primary" disabled={join.isPending}>
              {join.isPending ? 'Joining…' : 'Join the team'}
            </button>
          ) : preview ? (
            <button type="button" className="button button--primary" onClick={() => void joinWithInvitation()} disabled={join.isPending}>
              {join.isPending ? 'Joining…' : `Join ${preview.teamName}`}
            </button>
          ) : (
            <button type="button" className="button button--primary" onClick={() => void pick()} disabled={open.isPending}>
              Open invitation…
            </button>
          )}
        </>
      }
    >
      {typing ? (
        <TypedJoinForm onJoined={onClose} join={join} />
      ) : preview ? (
        <dl className="team-facts">
          <dt>You join as</dt>
          <dd>
            {preview.memberName} · {ROLE_LABELS[preview.role].name}
          </dd>
          <dt>Server</dt>
          <dd>
            <code>
              {preview.host}:{preview.port}
            </code>{' '}
            database <code>{preview.database}</code>
          </dd>
          <dt>Certificate</dt>
          <dd>{preview.fingerprint ? <Fingerprint value={preview.fingerprint} /> : 'Checked by a public certificate authority'}</dd>
          <dt>From</dt>
          <dd>{preview.fileName}</dd>
        </dl>
      ) : (
        <p>
          An owner of the team saves an invitation for you: a <strong>.baton-team</strong> file with the server’s address, your login and the server’s certificate. Open it
          here; Baton keeps your password in this computer’s keychain, so you can delete the file afterwards.
        </p>
      )}
      {!typing && (
        <p>
          <button type="button" className="link-button" onClick={() => setTyping(true)}>
            No file? Type the details instead
          </button>
        </p>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </Dialog>
  )
}
