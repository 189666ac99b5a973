import { z } from 'zod'
import type { Pipeline } from '../domain/pipelines'
import { call } from './define'

export const pipelinesContract = {
  'pipelines.list': call(z.object({}).strict()).returns<Pipeline[]>(),
}
