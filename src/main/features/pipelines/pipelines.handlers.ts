import type { pipelinesContract } from '@shared/contract/pipelines'
import type { HandlersFor } from '../context'
import { listPipelines } from './pipelines.repo'

export const pipelinesHandlers: HandlersFor<typeof pipelinesContract> = {
  'pipelines.list': ({ db }) => listPipelines(db),
}
