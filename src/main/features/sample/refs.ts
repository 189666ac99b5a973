import type { StageKind } from '@shared/domain/enums'
import type { Db } from '../context'
import type { SampleTable } from './rows'

export interface StageRef {
  id: number
  name: string
  kind: StageKind
}

export type IdTable = Exclude<SampleTable, 'person_tags' | 'organization_tags'>

/** What the sample reads from the workspace before planning: the pipeline it fills and where ids start. */
export interface SampleRefs {
  pipelineId: number
  /** In board order. */
  openStages: StageRef[]
  won: StageRef
  lost: StageRef
  lostReasons: string[]
  /** Segments already there, by lower-cased name: the sample reuses them rather than clash on the unique name. */
  segments: Map<string, number>
  /** The first free id of each table. */
  nextIds: Record<IdTable, number>
}

/** The next id to hand out per table; planners advance it as they go. */
export type IdCounters = Record<IdTable, number>

export const ID_TABLES: readonly IdTable[] = [
  'segments',
  'campaigns',
  'campaign_spend',
  'campaign_metrics',
  'organizations',
  'people',
  'leads',
  'touchpoints',
  'stage_history',
  'activities',
  'feedback',
]

export const DEFAULT_PIPELINE_ID = 1

/** Builds the refs from the stages and lost reasons as the database lists them; throws when the pipeline cannot take the sample. */
export function toSampleRefs(
  pipelineId: number,
  stages: Array<{ id: number; name: string; kind: string }>,
  lostReasons: string[],
  segments: Array<{ id: number; name: string }>,
  nextIds: Record<IdTable, number>,
): SampleRefs {
  const openStages = stages.filter((s) => s.kind === 'open').map((s) => ({ ...s, kind: 'open' as const }))
  const won = stages.find((s) => s.kind === 'won')
  const lost = stages.find((s) => s.kind === 'lost')
  if (openStages.length === 0 || !won || !lost) {
    throw new Error(`Pipeline ${pipelineId} needs at least one open stage, a Won stage and a Lost stage to hold the sample.`)
  }
  return {
    pipelineId,
    openStages,
    won: { ...won, kind: 'won' },
    lost: { ...lost, kind: 'lost' },
    lostReasons: lostReasons.length > 0 ? lostReasons : ['Other'],
    segments: new Map(segments.map((s) => [s.name.toLowerCase(), s.id])),
    nextIds,
  }
}

/** Reads the refs through kysely; refuses a workspace that already has campaigns or leads. */
export async function loadSampleRefs(db: Db, pipelineId = DEFAULT_PIPELINE_ID): Promise<SampleRefs> {
  const existing = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('campaigns').select(eb.fn.countAll<number>().as('n')).as('campaigns'),
      eb.selectFrom('leads').select(eb.fn.countAll<number>().as('n')).as('leads'),
    ])
    .executeTakeFirstOrThrow()
  if (Number(existing.campaigns) > 0 || Number(existing.leads) > 0) {
    throw new Error('The sample fills an empty workspace, but this one already has campaigns or leads.')
  }
  const stages = await db
    .selectFrom('stages')
    .select(['id', 'name', 'kind'])
    .where('pipeline_id', '=', pipelineId)
    .orderBy('position')
    .orderBy('id')
    .execute()
  const reasons = await db.selectFrom('lost_reasons').select('label').where('archived_at', 'is', null).orderBy('position').orderBy('id').execute()
  const segments = await db.selectFrom('segments').select(['id', 'name']).execute()
  const nextIds = {} as Record<IdTable, number>
  for (const table of ID_TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.max<number | null>('id').as('max'))
      .executeTakeFirstOrThrow()
    nextIds[table] = (row.max ?? 0) + 1
  }
  return toSampleRefs(
    pipelineId,
    stages,
    reasons.map((r) => r.label),
    segments,
    nextIds,
  )
}
