import type { lostReasonsContract } from '@shared/contract/lostReasons'
import type { HandlersFor } from '../context'
import { archiveLostReason, createLostReason, listLostReasons, renameLostReason } from './lostReasons.service'

export const lostReasonsHandlers: HandlersFor<typeof lostReasonsContract> = {
  'lostReasons.list': ({ db }) => listLostReasons(db),
  'lostReasons.create': ({ db }, { label }) => createLostReason(db, label),
  'lostReasons.rename': ({ db }, { id, label }) => renameLostReason(db, id, label),
  'lostReasons.archive': ({ db }, { id }) => archiveLostReason(db, id),
}
