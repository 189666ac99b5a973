import { z } from 'zod'
import type { CampaignPageData } from '../domain/campaignPage'
import { call } from './define'
import { Id } from './fields'

export const campaignPageContract = {
  'campaignPage.load': call(z.object({ id: Id })).returns<CampaignPageData>(),
}
