import { errorMessage } from '../../api/errors'
import { useApi } from '../../api/ApiProvider'
import { useToast } from '../../ui/Toast'
import { runCommand } from '../commands/commandBus'
import { useWorkspaceInfo } from '../leads/leads.queries'
import { useWorkspaceStatus } from '../team/team.queries'

/** Where the data lives and which Baton this is. */
export function AboutCard() {
  const info = useWorkspaceInfo()
  const status = useWorkspaceStatus()
  const team = status.data?.kind === 'team'
  const api = useApi()
  const toast = useToast()
  const openFolder = () =>
    api.call('app.openDataFolder', {}).catch((error: unknown) => toast.show(`Couldn’t open the folder: ${errorMessage(error)}`, { tone: 'error' }))
  return (
    <section className="card settings-card" aria-labelledby="about-title">
      <h2 id="about-title">Your data and this app</h2>
      {team ? (
        <p>Everything the team enters is kept in one PostgreSQL database on the team’s server (below). This computer signs in to it; nothing is kept here but your login.</p>
      ) : (
        <p>
          Everything you enter is kept in one SQLite file on this computer. Nothing is sent anywhere; Baton keeps checked backups of it (below), and any SQLite tool can
          open it.
        </p>
      )}
      <dl className="facts">
        <dt>{team ? 'Database' : 'Data file'}</dt>
        <dd>
          <code>{info.data?.dataFile ?? '…'}</code>
        </dd>
        <dt>Baton version</dt>
        <dd>{info.data?.appVersion ?? '…'}</dd>
      </dl>
      <div className="about-actions">
        <button type="button" className="button" onClick={() => runCommand('open-workspace')}>
          Open workspace…
        </button>
        {!team && (
          <button type="button" className="button" onClick={() => void openFolder()}>
            Open data folder
          </button>
        )}
      </div>
    </section>
  )
}
