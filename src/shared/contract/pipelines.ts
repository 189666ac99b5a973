import { z } from 'zod'
import type { Pipeline } from '../domain/pipelines'
import { call } from './define'
import { Id, requiredText } from './fields'

const PipelineName = requiredText(80, 'Give the pipeline a name')

export const pipelinesContract = {
  'pipelines.list': call(z.object({}).strict()).returns<Pipeline[]>(),
  /** A new pipeline with the default stages (open stages, then Won and Lost). */
  'pipelines.create': call(z.object({ name: PipelineName })).returns<Pipeline>(),
  'pipelines.rename': call(z.object({ id: Id, name: PipelineName })).returns<Pipeline>(),
  /** Only an empty pipeline can go, and never the last one. */
  'pipelines.delete': call(z.object({ id: Id })).returns<{ id: number }>(),
}
