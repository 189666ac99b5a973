import { PageHeader } from '../../ui/PageHeader'
import { BackupsCard } from '../backups/BackupsCard'
import { CustomFieldsCard } from '../custom-fields/CustomFieldsCard'
import { ImportHistoryCard } from '../imports/ImportHistoryCard'
import { usePreferences } from '../preferences/preferences.queries'
import { Guarded } from '../team/Guarded'
import { TeamSetupCard } from '../team/TeamSetupCard'
import { TeamWorkspaceCard } from '../team/TeamWorkspaceCard'
import { useWorkspaceStatus } from '../team/team.queries'
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
  const status = useWorkspaceStatus()
  const team = status.data?.kind === 'team' ? status.data : null
  return (
    <div className="page">
      <PageHeader title="Settings" subtitle="Where your data lives, how Baton shows it, and who is on the team." />
      <AboutCard />
      {/* A team's members are the team list; a solo workspace keeps its list of names and offers the ways to a team. */}
      {team ? <TeamWorkspaceCard status={team} /> : <TeamCard />}
      {status.data?.kind === 'solo' && <TeamSetupCard />}
      <Guarded capability="settings">
        {preferences.data && <DisplayCard preferences={preferences.data} />}
        <ReportsSettingsCard />
      </Guarded>
      <Guarded capability="pipelines">
        <QualifiedStageCard />
      </Guarded>
      <Guarded capability="settings">
        {preferences.data && <NotificationsCard preferences={preferences.data} />}
      </Guarded>
      <BackupsCard />
      <ImportHistoryCard />
      <Guarded capability="settings">
        <CustomFieldsCard />
        <LostReasonsCard />
      </Guarded>
    </div>
  )
}
