import { CampaignPage } from '../features/campaign-page/CampaignPage'
import { RecoveryGate } from '../features/backups/RecoveryGate'
import { CampaignsPage } from '../features/campaigns/CampaignsPage'
import { ChannelsPage } from '../features/channels/ChannelsPage'
import { DashboardPage } from '../features/dashboard/DashboardPage'
import { GoalPage } from '../features/goals/GoalPage'
import { GoalsPage } from '../features/goals/GoalsPage'
import { LeadDrawer } from '../features/lead-detail/LeadDrawer'
import { PipelinePage } from '../features/pipeline/PipelinePage'
import { PrintPage } from '../features/reports/PrintPage'
import { ReportsPage } from '../features/reports/ReportsPage'
import { SegmentsPage } from '../features/segments/SegmentsPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { TodayPage } from '../features/today/TodayPage'
import { AppFrame } from './AppFrame'
import { useWorkspaceInfo } from '../features/leads/leads.queries'
import { useEffect } from 'react'
import { navigate, useRoute } from './router'

function Page({ path }: { path: string }) {
  const campaign = /^\/campaigns\/(\d+)$/.exec(path)
  if (campaign) return <CampaignPage key={campaign[1]} id={Number(campaign[1])} />
  if (path.startsWith('/campaigns')) return <CampaignsPage />
  if (path.startsWith('/channels')) return <ChannelsPage />
  if (path.startsWith('/segments')) return <SegmentsPage />
  if (path.startsWith('/settings')) return <SettingsPage />
  if (path.startsWith('/today')) return <TodayPage />
  const goal = /^\/goals\/(\d+)$/.exec(path)
  if (goal) return <GoalPage key={goal[1]} id={Number(goal[1])} />
  if (path.startsWith('/goals')) return <GoalsPage />
  if (path.startsWith('/reports')) return <ReportsPage />
  if (path.startsWith('/dashboard')) return <DashboardPage />
  return <PipelinePage />
}

// The dashboard is home once the workspace has leads or campaigns; an empty one opens on the
// pipeline, where the first lead is created (a dashboard of zeros teaches nothing).
function useHome(): string | null {
  const info = useWorkspaceInfo()
  if (!info.data) return info.isError ? '/pipeline' : null
  return info.data.leadCount + info.data.campaignCount > 0 ? '/dashboard' : '/pipeline'
}

export function App() {
  const { path } = useRoute()
  const home = useHome()
  // Home is chosen once and written into the address: if it were worked out again on every
  // render, the first import or lead would swap an open pipeline (and its dialog) for the dashboard.
  useEffect(() => {
    if (path === '/' && home) navigate(home, undefined, { replace: true })
  }, [path, home])
  // The print view is a page of its own: no sidebar, printed to PDF by main.
  if (path.startsWith('/print')) return <PrintPage />
  const current = path === '/' ? home : path
  if (current === null) return null
  return (
    <RecoveryGate>
      <AppFrame path={current}>
        <Page path={current} />
        <LeadDrawer />
      </AppFrame>
    </RecoveryGate>
  )
}
