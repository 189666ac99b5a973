import { appHandlers } from './features/app/app.handlers'
import { campaignsHandlers } from './features/campaigns/campaigns.handlers'
import type { HandlerTable } from './features/context'
import { leadsHandlers } from './features/leads/leads.handlers'
import { pipelinesHandlers } from './features/pipelines/pipelines.handlers'
import { segmentsHandlers } from './features/segments/segments.handlers'

/** Every handler, keyed by its contract method. A missing or extra one fails to compile. */
export const handlers: HandlerTable = {
  ...appHandlers,
  ...segmentsHandlers,
  ...campaignsHandlers,
  ...pipelinesHandlers,
  ...leadsHandlers,
}
