import type { stagesContract } from '@shared/contract/stages'
import type { HandlersFor } from '../context'
import { createStage, deleteStage, reorderStages, updateStage } from './stages.service'

export const stagesHandlers: HandlersFor<typeof stagesContract> = {
  'stages.create': ({ db }, input) => createStage(db, input),
  'stages.update': ({ db }, { id, fields }) => updateStage(db, id, fields),
  'stages.reorder': ({ db }, { pipelineId, stageIds }) => reorderStages(db, pipelineId, stageIds),
  'stages.delete': ({ db }, { id, moveLeadsToStageId }) => deleteStage(db, id, moveLeadsToStageId),
}
