import { useState } from 'react'
import type { IssuedInvitation } from '@shared/contract/teamServer'
import { errorMessage } from '../../api/errors'
import { useSaveInvitation } from './team.queries'

/** The password, shown this once, and the invitation file that carries it to the member. */
export function InvitationIssued({ issued, note }: { issued: IssuedInvitation; note?: string }) {
  const save = useSaveInvitation()
  const [copied, setCopied] = useState(false)
  const copy = () =>
    void navigator.clipboard?.writeText(issued.password).then(
      () => setCopied(true),
      () => setCopied(false),
    )
  return (
    <div className="invitation">
      <p>
        <strong>{issued.member.name}</strong> can join now. Save the invitation and send it to them privately (a chat message or a USB stick, not a shared folder): anyone with
        the file can sign in as them. {note}
      </p>
      <dl className="team-facts">
        <dt>Login</dt>
        <dd>
          <code>{issued.login}</code>
        </dd>
        <dt>Password</dt>
        <dd>
          <code className="invitation__password" aria-label="Password">
            {issued.password}
          </code>{' '}
          <button type="button" className="button button--small" onClick={copy}>
            {copied ? 'Copied' : 'Copy'}
          </button>
        </dd>
      </dl>
      <p className="invitation__once" role="note">
        Baton shows this password only now and keeps no copy. If it is lost, make a new one.
      </p>
      <div className="invitation__actions">
        <button type="button" className="button button--primary" onClick={() => save.mutate(issued.member.id)} disabled={save.isPending}>
          Save invitation…
        </button>
        {save.data && (
          <span className="invitation__saved" role="status">
            Saved to <code>{save.data.path}</code>
          </span>
        )}
      </div>
      {save.error && (
        <p className="form-error" role="alert">
          {errorMessage(save.error)}
        </p>
      )}
    </div>
  )
}
