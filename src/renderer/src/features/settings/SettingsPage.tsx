import { PageHeader } from '../../ui/PageHeader'
import { BackupsCard } from '../backups/BackupsCard'
import { ImportHistoryCard } from '../imports/ImportHistoryCard'
import { useWorkspaceInfo } from '../leads/leads.queries'
import { LostReasonsCard } from './LostReasonsCard'
import { ReportsSettingsCard } from './ReportsSettingsCard'

export function SettingsPage() {
  const info = useWorkspaceInfo()
  return (
    <div className="page">
      <PageHeader title="Settings" subtitle="Where your data lives and how Baton shows it." />
      <section className="card settings-card" aria-label="Your data">
        <h2>Your data</h2>
        <p>Everything you enter is kept in one SQLite file on this computer. Nothing is sent anywhere; Baton keeps checked backups of it (below), and any SQLite tool can open it.</p>
        <dl className="facts">
          <dt>Data file</dt>
          <dd>
            <code>{info.data?.dataFile ?? '…'}</code>
          </dd>
          <dt>Baton version</dt>
          <dd>{info.data?.appVersion ?? '…'}</dd>
          <dt>Currency</dt>
          <dd>US dollar (USD) — choosing another currency and locale comes with the next release.</dd>
        </dl>
      </section>
      <BackupsCard />
      <ImportHistoryCard />
      <LostReasonsCard />
      <ReportsSettingsCard />
    </div>
  )
}
