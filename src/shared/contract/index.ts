import type { z } from 'zod'
import { activitiesContract } from './activities'
import { appContract } from './app'
import { boardContract } from './board'
import { campaignsContract } from './campaigns'
import type { CallSpec } from './define'
import { feedbackContract } from './feedback'
import { leadsContract } from './leads'
import { lostReasonsContract } from './lostReasons'
import { metricsContract } from './metrics'
import { pipelinesContract } from './pipelines'
import { preferencesContract } from './preferences'
import { searchContract } from './search'
import { segmentsContract } from './segments'
import { stagesContract } from './stages'
import { teamContract } from './team'
import { uiStateContract } from './uiState'

/** Every call the renderer can make, named once. Main, preload, renderer and tests derive from this. */
export const contract = {
  ...appContract,
  ...segmentsContract,
  ...campaignsContract,
  ...pipelinesContract,
  ...leadsContract,
  ...stagesContract,
  ...boardContract,
  ...activitiesContract,
  ...feedbackContract,
  ...lostReasonsContract,
  ...metricsContract,
  ...uiStateContract,
  ...searchContract,
  ...preferencesContract,
  ...teamContract,
}

export type Contract = typeof contract
export type Method = keyof Contract
export const METHODS = Object.keys(contract) as Method[]

/** What the caller passes (defaults may be left out). */
export type InputOf<M extends Method> = z.input<Contract[M]['input']>
/** What the handler receives, after the schema has parsed and defaulted it. */
export type ParsedInputOf<M extends Method> = z.output<Contract[M]['input']>
export type ResultOf<M extends Method> = Contract[M] extends CallSpec<z.ZodType, infer R> ? R : never

export const isMethod = (name: unknown): name is Method => typeof name === 'string' && Object.hasOwn(contract, name)

export type { IpcResult, AppErrorShape } from '../errors'
