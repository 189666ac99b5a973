import type { campaignsContract } from '@shared/contract/campaigns'
import type { HandlersFor } from '../context'
import { listCampaigns } from './campaigns.repo'
import { campaignTable } from './campaigns.table'
import { createCampaign, deleteCampaign, getCampaign, updateCampaign } from './campaigns.service'

export const campaignsHandlers: HandlersFor<typeof campaignsContract> = {
  'campaigns.list': ({ db }, query) => listCampaigns(db, query),
  'campaigns.table': ({ db }, query) => campaignTable(db, query),
  'campaigns.get': ({ db }, { id }) => getCampaign(db, id),
  'campaigns.create': ({ db }, fields) => createCampaign(db, fields),
  'campaigns.update': ({ db }, { id, fields, basedOnVersion }) => updateCampaign(db, id, fields, basedOnVersion),
  'campaigns.delete': ({ db }, { id }) => deleteCampaign(db, id),
}
