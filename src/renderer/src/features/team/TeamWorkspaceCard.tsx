import { useState } from 'react'
import type { WorkspaceStatus } from '@shared/contract/teamServer'
import { errorMessage } from '../../api/errors'
import { Icon } from '../../ui/icons'
import { Fingerprint } from './Fingerprint'
import { InviteDialog } from './InviteDialog'
import { MembersTable } from './MembersTable'
import { OfflineCopyButton } from './OfflineCopyButton'
import { MovedNotice } from './MoveWorkspaceChoice'
import { ROLE_LABELS } from './roles'
import { useSwitchWorkspace } from './team.queries'

type TeamStatus = Extract<WorkspaceStatus, { kind: 'team' }>

const TRUST: Record<TeamStatus['trust'], string> = {
  pinned: 'Encrypted; this computer trusts only the server’s own certificate.',
  public: 'Encrypted; a public certificate authority vouches for the server.',
  'this-computer': 'On this computer: nothing crosses a network.',
}

/** A team workspace in Settings: where it lives, how this computer trusts it, and who is on it. */
export function TeamWorkspaceCard({ status }: { status: TeamStatus }) {
  const [inviting, setInviting] = useState(false)
  const solo = useSwitchWorkspace('teamServer.openSolo')
  const owner = status.role === 'owner'
  return (
    <section className="card settings-card team-card" aria-labelledby="team-title">
      <header className="team-card__header">
        <div>
          <h2 id="team-title">{status.teamName}</h2>
          <p className="muted">
            Team workspace · you are signed in as <strong>{status.memberName ?? status.login}</strong>, <span className={`badge badge--role-${status.role}`}>{ROLE_LABELS[status.role].name}</span>
          </p>
        </div>
        {owner && status.managed && (
          <button type="button" className="button button--primary" onClick={() => setInviting(true)}>
            <Icon name="plus" width={16} height={16} /> Invite someone
          </button>
        )}
      </header>
      {status.moved && <MovedNotice moved={status.moved} />}
      <dl className="team-facts">
        <dt>Server</dt>
        <dd>
          <code>
            {status.host}:{status.port}
          </code>{' '}
          · database <code>{status.database}</code>
          {status.hostedHere && (
            <span className="muted">
              {' '}
              · hosted on this computer,{' '}
              {status.hostedHere.listen === '127.0.0.1' ? 'for this computer only' : `reachable at ${status.hostedHere.addresses.join(', ') || 'its network addresses'}`}
            </span>
          )}
        </dd>
        <dt>Connection</dt>
        <dd>
          <Icon name="lock" width={14} height={14} /> {TRUST[status.trust]}
        </dd>
        {status.fingerprint && (
          <>
            <dt>Fingerprint</dt>
            <dd>
              <Fingerprint value={status.fingerprint} />
              <div className="field__hint">Members compare this with what Baton shows when they join.</div>
            </dd>
          </>
        )}
      </dl>
      {status.managed ? (
        <MembersTable owner={owner} />
      ) : (
        <p className="muted">This database was not set up by Baton as a team, so its logins are managed on the server itself.</p>
      )}
      <div className="team-card__footer">
        <button type="button" className="button" onClick={() => solo.mutate({})} disabled={solo.isPending}>
          Open my solo workspace
        </button>
        <OfflineCopyButton />
        <span className="muted">The team workspace stays on its server; you can come back with your invitation.</span>
      </div>
      {solo.error && (
        <p className="form-error" role="alert">
          {errorMessage(solo.error)}
        </p>
      )}
      {inviting && <InviteDialog teamName={status.teamName} onClose={() => setInviting(false)} />}
    </section>
  )
}
