import type { CampaignPageData } from '@shared/domain/campaignPage'
import { getCampaign } from '../campaigns/campaigns.service'
import type { Db } from '../context'
import { campaignLeads, salesFeedback } from './campaignPage.repo'

export async function loadCampaignPage(db: Db, id: number): Promise<CampaignPageData> {
  const campaign = await getCampaign(db, id)
  const [leads, feedback] = await Promise.all([campaignLeads(db, id), salesFeedback(db, id)])
  return { campaign, leads, feedback }
}
