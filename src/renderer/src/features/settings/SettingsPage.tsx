import { PageHeader } from '../../ui/PageHeader'
import { BackupsCard } from '../backups/BackupsCard'
import { ImportHistoryCard } from '../imports/ImportHistoryCard'
import { usePreferences } from '../preferences/preferences.queries'
import { AboutCard } from './AboutCard'
import { DisplayCard } from './DisplayCard'
import { LostReasonsCard } from './LostReasonsCard'
import { NotificationsCard } from './NotificationsCard'
import { QualifiedStageCard } from './QualifiedStageCard'
import { ReportsSettingsCard } from './ReportsSettingsCard'
import { TeamCard } from './TeamCard'
import './settings.css'

export function SettingsPage() {
  const preferences = usePreferences()
  return (
    <div className="page">
      <PageHeader title="Settings" subtitle="Where your data lives, how Baton shows it, and who is on the team." />
      <AboutCard />
      {preferences.data && <DisplayCard preferences={preferences.data} />}
      <ReportsSettingsCard />
      <TeamCard />
      <QualifiedStageCard />
      {preferences.data && <NotificationsCard preferences={preferences.data} />}
      <BackupsCard />
      <ImportHistoryCard />
      <LostReasonsCard />
    </div>
  )
}
