import { activitiesHandlers } from './features/activities/activities.handlers'
import { appHandlers } from './features/app/app.handlers'
import { backupsHandlers } from './features/backups/backups.handlers'
import { boardHandlers } from './features/board/board.handlers'
import { campaignPageHandlers } from './features/campaign-page/campaignPage.handlers'
import { campaignSnapshotsHandlers } from './features/campaign-snapshots/campaignSnapshots.handlers'
import { campaignSpendHandlers } from './features/campaign-spend/campaignSpend.handlers'
import { campaignsHandlers } from './features/campaigns/campaigns.handlers'
import type { HandlerTable } from './features/context'
import { customFieldsHandlers } from './features/custom-fields/customFields.handlers'
import { feedbackHandlers } from './features/feedback/feedback.handlers'
import { goalsHandlers } from './features/goals/goals.handlers'
import { importsHandlers } from './features/imports/imports.handlers'
import { leadsHandlers } from './features/leads/leads.handlers'
import { lostReasonsHandlers } from './features/lost-reasons/lostReasons.handlers'
import { metricsHandlers } from './features/metrics/metrics.handlers'
import { organizationsHandlers } from './features/organizations/organizations.handlers'
import { peopleHandlers } from './features/people/people.handlers'
import { mergesHandlers } from './features/merges/merges.handlers'
import { reportsHandlers } from './features/reports/reports.handlers'
import { pipelinesHandlers } from './features/pipelines/pipelines.handlers'
import { preferencesHandlers } from './features/preferences/preferences.handlers'
import { searchHandlers } from './features/search/search.handlers'
import { segmentsHandlers } from './features/segments/segments.handlers'
import { stagesHandlers } from './features/stages/stages.handlers'
import { touchpointsHandlers } from './features/touchpoints/touchpoints.handlers'
import { teamHandlers } from './features/team/team.handlers'
import { teamServerHandlers } from './features/team-server/teamServer.handlers'
import { workspacesHandlers } from './features/workspaces/workspaces.handlers'
import { uiStateHandlers } from './features/ui-state/uiState.handlers'

/** Every handler, keyed by its contract method. A missing or extra one fails to compile. */
export const handlers: HandlerTable = {
  ...appHandlers,
  ...segmentsHandlers,
  ...campaignsHandlers,
  ...campaignSpendHandlers,
  ...campaignSnapshotsHandlers,
  ...campaignPageHandlers,
  ...pipelinesHandlers,
  ...leadsHandlers,
  ...peopleHandlers,
  ...mergesHandlers,
  ...organizationsHandlers,
  ...customFieldsHandlers,
  ...stagesHandlers,
  ...boardHandlers,
  ...activitiesHandlers,
  ...feedbackHandlers,
  ...lostReasonsHandlers,
  ...metricsHandlers,
  ...touchpointsHandlers,
  ...uiStateHandlers,
  ...goalsHandlers,
  ...reportsHandlers,
  ...importsHandlers,
  ...backupsHandlers,
  ...searchHandlers,
  ...preferencesHandlers,
  ...teamHandlers,
  ...teamServerHandlers,
  ...workspacesHandlers,
}
