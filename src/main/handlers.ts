import { activitiesHandlers } from './features/activities/activities.handlers'
import { appHandlers } from './features/app/app.handlers'
import { boardHandlers } from './features/board/board.handlers'
import { campaignsHandlers } from './features/campaigns/campaigns.handlers'
import type { HandlerTable } from './features/context'
import { feedbackHandlers } from './features/feedback/feedback.handlers'
import { leadsHandlers } from './features/leads/leads.handlers'
import { lostReasonsHandlers } from './features/lost-reasons/lostReasons.handlers'
import { metricsHandlers } from './features/metrics/metrics.handlers'
import { pipelinesHandlers } from './features/pipelines/pipelines.handlers'
import { preferencesHandlers } from './features/preferences/preferences.handlers'
import { searchHandlers } from './features/search/search.handlers'
import { segmentsHandlers } from './features/segments/segments.handlers'
import { stagesHandlers } from './features/stages/stages.handlers'
import { teamHandlers } from './features/team/team.handlers'
import { uiStateHandlers } from './features/ui-state/uiState.handlers'

/** Every handler, keyed by its contract method. A missing or extra one fails to compile. */
export const handlers: HandlerTable = {
  ...appHandlers,
  ...segmentsHandlers,
  ...campaignsHandlers,
  ...pipelinesHandlers,
  ...leadsHandlers,
  ...stagesHandlers,
  ...boardHandlers,
  ...activitiesHandlers,
  ...feedbackHandlers,
  ...lostReasonsHandlers,
  ...metricsHandlers,
  ...uiStateHandlers,
  ...searchHandlers,
  ...preferencesHandlers,
  ...teamHandlers,
}
