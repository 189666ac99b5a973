import type { campaignPageContract } from '@shared/contract/campaignPage'
import type { HandlersFor } from '../context'
import { loadCampaignPage } from './campaignPage.service'

export const campaignPageHandlers: HandlersFor<typeof campaignPageContract> = {
  'campaignPage.load': ({ db }, { id }) => loadCampaignPage(db, id),
}
