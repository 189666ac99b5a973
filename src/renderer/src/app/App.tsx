import { CampaignPage } from '../features/campaign-page/CampaignPage'
import { CampaignsPage } from '../features/campaigns/CampaignsPage'
import { ChannelsPage } from '../features/channels/ChannelsPage'
import { GoalPage } from '../features/goals/GoalPage'
import { GoalsPage } from '../features/goals/GoalsPage'
import { LeadDrawer } from '../features/lead-detail/LeadDrawer'
import { PipelinePage } from '../features/pipeline/PipelinePage'
import { SegmentsPage } from '../features/segments/SegmentsPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { TodayPage } from '../features/today/TodayPage'
import { AppFrame } from './AppFrame'
import { ComingSoon } from './ComingSoon'
import { useRoute } from './router'

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
  if (path.startsWith('/reports'))
    return (
      <ComingSoon title="Reports" icon="reports">
        Campaign, channel, funnel and lost-reason reports for any period, exported as PDF, Excel or CSV to share with a partner.
      </ComingSoon>
    )
  return <PipelinePage />
}

export function App() {
  const { path } = useRoute()
  const current = path === '/' ? '/pipeline' : path
  return (
    <AppFrame path={current}>
      <Page path={current} />
      <LeadDrawer />
    </AppFrame>
  )
}
