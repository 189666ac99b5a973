import type { campaignSnapshotsContract } from '@shared/contract/campaignSnapshots'
import type { HandlersFor } from '../context'
import { deleteSnapshot, listSnapshots, saveSnapshots, updateSnapshot } from './campaignSnapshots.service'

export const campaignSnapshotsHandlers: HandlersFor<typeof campaignSnapshotsContract> = {
  'campaignSnapshots.list': ({ db }, { campaignId }) => listSnapshots(db, campaignId),
  'campaignSnapshots.save': ({ db }, { campaignId, days }) => saveSnapshots(db, campaignId, days),
  'campaignSnapshots.update': ({ db }, { id, fields }) => updateSnapshot(db, id, fields),
  'campaignSnapshots.delete': ({ db }, { id }) => deleteSnapshot(db, id),
}
