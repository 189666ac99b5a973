import type { z } from 'zod'
import { activitiesContract } from './activities'
import { appContract } from './app'
import { backupsContract } from './backups'
import { boardContract } from './board'
import { campaignPageContract } from './campaignPage'
import { campaignsContract } from './campaigns'
import { campaignSnapshotsContract } from './campaignSnapshots'
import { campaignSpendContract } from './campaignSpend'
import { customFieldsContract } from './customFields'
import type { CallSpec } from './define'
import { feedbackContract } from './feedback'
import { goalsContract } from './goals'
import { importsContract } from './imports'
import { leadsContract } from './leads'
import { lostReasonsContract } from './lostReasons'
import { mergesContract } from './merges'
import { metricsContract } from './metrics'
import { organizationsContract } from './organizations'
import { peopleContract } from './people'
import { pipelinesContract } from './pipelines'
import { reportsContract } from './reports'
import { segmentsContract } from './segments'
import { stagesContract } from './stages'
import { touchpointsContract } from './touchpoints'
import { preferencesContract } from './preferences'
import { searchContract } from './search'
import { teamContract } from './team'
import { teamServerContract } from './teamServer'
import { uiStateContract } from './uiState'
import { workspacesContract } from './workspaces'

/** Every call the renderer can make, named once. Main, preload, renderer and tests derive from this. */
export const contract = {
  ...appContract,
  ...segmentsContract,
  ...campaignsContract,
  ...campaignSpendContract,
  ...campaignSnapshotsContract,
  ...campaignPageContract,
  ...pipelinesContract,
  ...leadsContract,
  ...peopleContract,
  ...organizationsContract,
  ...customFieldsContract,
  ...mergesContract,
  ...stagesContract,
  ...boardContract,
  ...activitiesContract,
  ...feedbackContract,
  ...lostReasonsContract,
  ...metricsContract,
  ...touchpointsContract,
  ...uiStateContract,
  ...goalsContract,
  ...reportsContract,
  ...importsContract,
  ...backupsContract,
  ...searchContract,
  ...preferencesContract,
  ...teamContract,
  ...teamServerContract,
  ...workspacesContract,
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
