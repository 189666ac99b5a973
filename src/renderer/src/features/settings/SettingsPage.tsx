import { PageHeader } from '../../ui/PageHeader'
import { usePreferences } from '../preferences/preferences.queries'
import { AboutCard } from './AboutCard'
import { DisplayCard } from './DisplayCard'
import { LostReasonsCard } from './LostReasonsCard'
import { NotificationsCard } from './NotificationsCard'
import { QualifiedStageCard } from './QualifiedStageCard'
import { TeamCard } from './TeamCard'
import './settings.css'

export function SettingsPage() {
  const preferences = usePreferences()
  return (
    <div className="page">
      <PageHeader title="Settings" subtitle="Where your data lives, how Baton shows it, and who is on the team." />
      <AboutCard />
      {preferences.data && <DisplayCard preferences={preferences.data} />}
      <TeamCard />
      <QualifiedStageCard />
      {preferences.data && <NotificationsCard preferences={preferences.data} />}
      <LostReasonsCard />
    </div>
  )
}
