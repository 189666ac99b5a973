import type { ProbeResult } from '@shared/contract/teamServer'
import { Icon } from '../../ui/icons'
import { Fingerprint } from './Fingerprint'

/** What Baton found at the address: the certificate's fingerprint to compare, a public authority's word, or no TLS. */
export function ServerCheck({ found, confirmed, onConfirm }: { found: ProbeResult; confirmed: boolean; onConfirm: (value: boolean) => void }) {
  if (found.tls === 'none') {
    return (
      <p className={found.thisComputer ? 'team-check' : 'form-error'} role="status">
        {found.thisComputer
          ? 'This server is on this computer and offers no encryption (TLS): nothing leaves this computer, so Baton can use it as it is.'
          : 'This server offers no encryption (TLS). Baton sends passwords and your data over this connection, so turn on ssl in the server’s settings first.'}
      </p>
    )
  }
  return (
    <div className="team-check" role="status">
      <p>
        <Icon name="lock" width={16} height={16} /> Encrypted.{' '}
        {found.tls === 'public'
          ? 'A public certificate authority vouches for this server’s name.'
          : 'The server’s own certificate: compare its fingerprint with the one your server’s administrator gives you.'}
      </p>
      <Fingerprint value={found.fingerprint} />
      {found.tls === 'pinned' && (
        <label className="checkbox-label">
          <input type="checkbox" checked={confirmed} onChange={(e) => onConfirm(e.target.checked)} /> The fingerprint matches: trust this server
        </label>
      )}
    </div>
  )
}
