import type { pipelinesContract } from '@shared/contract/pipelines'
import type { HandlersFor } from '../context'
import { listPipelines } from './pipelines.repo'
import { createPipeline, deletePipeline, renamePipeline } from './pipelines.service'

export const pipelinesHandlers: HandlersFor<typeof pipelinesContract> = {
  'pipelines.list': ({ db }) => listPipelines(db),
  'pipelines.create': ({ db }, { name }) => createPipeline(db, name),
  'pipelines.rename': ({ db }, { id, name }) => renamePipeline(db, id, name),
  'pipelines.delete': ({ db }, { id }) => deletePipeline(db, id),
}
