import type { segmentsContract } from '@shared/contract/segments'
import type { HandlersFor } from '../context'
import { listSegments } from './segments.repo'
import { createSegment, deleteSegment, updateSegment } from './segments.service'

export const segmentsHandlers: HandlersFor<typeof segmentsContract> = {
  'segments.list': ({ db }) => listSegments(db),
  'segments.create': ({ db }, input) => createSegment(db, input),
  'segments.update': ({ db }, { id, fields }) => updateSegment(db, id, fields),
  'segments.delete': ({ db }, { id }) => deleteSegment(db, id),
}
