import type { campaignSpendContract } from '@shared/contract/campaignSpend'
import type { HandlersFor } from '../context'
import { createSpend, deleteSpend, spendLedger, updateSpend } from './campaignSpend.service'

export const campaignSpendHandlers: HandlersFor<typeof campaignSpendContract> = {
  'campaignSpend.ledger': ({ db }, { campaignId }) => spendLedger(db, campaignId),
  'campaignSpend.create': ({ db }, { campaignId, fields }) => createSpend(db, campaignId, fields),
  'campaignSpend.update': ({ db }, { id, fields }) => updateSpend(db, id, fields),
  'campaignSpend.delete': ({ db }, { id }) => deleteSpend(db, id),
}
