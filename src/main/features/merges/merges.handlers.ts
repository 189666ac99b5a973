import type { mergesContract } from '@shared/contract/merges'
import type { HandlersFor } from '../context'
import { dismissDuplicate, duplicatePairs } from './merges.duplicates'
import { mergeHistory, mergeParties, undoMerge } from './merges.service'

export const mergesHandlers: HandlersFor<typeof mergesContract> = {
  'merges.duplicates': ({ db }, { kind, limit }) => duplicatePairs(db, kind, limit),
  'merges.dismiss': ({ db }, { kind, firstId, secondId }) => dismissDuplicate(db, kind, firstId, secondId),
  'merges.merge': ({ db }, input) => mergeParties(db, input),
  'merges.undo': ({ db }, { mergeId }) => undoMerge(db, mergeId),
  'merges.history': ({ db }, { kind, id }) => mergeHistory(db, kind, id),
}
