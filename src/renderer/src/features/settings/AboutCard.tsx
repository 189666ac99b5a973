import { errorMessage } from '../../api/errors'
import { useApi } from '../../api/ApiProvider'
import { useToast } from '../../ui/Toast'
import { useWorkspaceInfo } from '../leads/leads.queries'

/** Where the data lives and which Baton this is. */
export function AboutCard() {
  const info = useWorkspaceInfo()
  const api = useApi()
  const toast = useToast()
  const openFolder = () =>
    api.call('app.openDataFolder', {}).catch((error: unknown) => toast.show(`Couldn’t open the folder: ${errorMessage(error)}`, { tone: 'error' }))
  return (
    <section className="card settings-card" aria-labelledby="about-title">
      <h2 id="about-title">Your data and this app</h2>
      <p>
        Everything you enter is kept in one SQLite file on this computer. Nothing is sent anywhere; Baton keeps checked backups of it (below), and any SQLite tool can
        open it.
      </p>
      <dl className="facts">
        <dt>Data file</dt>
        <dd>
          <code>{info.data?.dataFile ?? '…'}</code>
        </dd>
        <dt>Baton version</dt>
        <dd>{info.data?.appVersion ?? '…'}</dd>
      </dl>
      <div className="about-actions">
        <button type="button" className="button" onClick={() => void openFolder()}>
          Open data folder
        </button>
      </div>
    </section>
  )
}
