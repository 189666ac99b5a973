import { sql } from 'kysely'
import { EMPTY_VALUE_MAP, type ImportField, type ImportOptions, type OwnerChoice, type RefChoice, type UnknownValueList, type UnknownValues } from '@shared/domain/imports'
import { AppError, notFound } from '@shared/errors'
import type { Db } from '../context'
import { fieldColumns } from './rows'
import { openRowSource } from './source'
import { ChoiceLookup, KNOWN_OWNERS_SQL, campaignIndex, ownerIndex, stageIndex, suggestOwner, suggestRef, type StageRef } from './valueMap'

// One quick pass over the file's campaign, stage and owner columns (nothing else is read
// into memory) to list the values Baton does not know, each with a suggested choice.

/** Values shown per field; the rest follow the create options and are counted as "and N more". */
export const LISTED_VALUES = 50
/** Distinct unknown values counted per field; beyond this a file is counted, not remembered. */
const TRACKED_VALUES = 100_000
const LIMITS = { campaign: 200, stage: 60, owner: 80 } as const

type Field = 'campaign' | 'stage' | 'owner'

async function pipelineStages(db: Db, pipelineId: number | null): Promise<StageRef[]> {
  const pipeline = pipelineId ?? (await db.selectFrom('pipelines').select('id').orderBy('position').orderBy('id').executeTakeFirst())?.id
  if (pipeline === undefined) throw notFound('That pipeline')
  return db.selectFrom('stages').select(['id', 'name', 'kind']).where('pipeline_id', '=', pipeline).orderBy('position').orderBy('id').execute()
}

function listOf<C>(counts: Map<string, number>, overflow: number, suggest: (value: string) => C): UnknownValueList<C> {
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return {
    values: sorted.slice(0, LISTED_VALUES).map(([value, rows]) => ({ value, rows, suggested: suggest(value) })),
    more: Math.max(0, sorted.length - LISTED_VALUES) + overflow,
  }
}

export async function findUnknownValues(db: Db, file: string, options: ImportOptions): Promise<UnknownValues> {
  const campaigns = await db.selectFrom('campaigns').select(['id', 'name']).orderBy('name').execute()
  const stages = await pipelineStages(db, options.pipelineId)
  const owners = (await sql<{ name: string }>`${sql.raw(KNOWN_OWNERS_SQL)}`.execute(db)).rows.map((row) => row.name)
  const known = { campaign: campaignIndex(campaigns), stage: stageIndex(stages), owner: ownerIndex(owners) }
  const empty: UnknownValues = {
    campaign: { values: [], more: 0 },
    stage: { values: [], more: 0 },
    owner: { values: [], more: 0 },
    known: { campaigns, stages: stages.map(({ id, name }) => ({ id, name })), owners },
  }
  if (options.kind === 'campaigns') return empty

  const columns = fieldColumns(options.mapping) as Partial<Record<ImportField, number>>
  const fields = (['campaign', 'stage', 'owner'] as const).filter((field) => columns[field] !== undefined)
  if (fields.length === 0) return empty
  const counts: Record<Field, Map<string, number>> = { campaign: new Map(), stage: new Map(), owner: new Map() }
  const overflow: Record<Field, number> = { campaign: 0, stage: 0, owner: 0 }

  const source = await openRowSource(file)
  let header = true
  for await (const cells of source.rows()) {
    if (header) {
      header = false
      if (cells.length !== options.mapping.length) throw new AppError('invalid_input', 'The column choices do not match the file’s columns. Pick the file again.', 'mapping')
      continue
    }
    for (const field of fields) {
      const value = (cells[columns[field]!] ?? '').trim()
      if (value === '' || value.length > LIMITS[field] || known[field].has(value.toLowerCase())) continue
      const seen = counts[field].get(value)
      if (seen !== undefined) counts[field].set(value, seen + 1)
      else if (counts[field].size < TRACKED_VALUES) counts[field].set(value, 1)
      else overflow[field]++
    }
  }

  const valueMap = options.valueMap ?? EMPTY_VALUE_MAP
  const saved = {
    campaign: new ChoiceLookup<RefChoice>(valueMap.campaign),
    stage: new ChoiceLookup<RefChoice>(valueMap.stage),
    owner: new ChoiceLookup<OwnerChoice>(valueMap.owner),
  }
  return {
    ...empty,
    campaign: listOf(counts.campaign, overflow.campaign, (value) => suggestRef(value, known.campaign, saved.campaign.get(value), options.createCampaigns)),
    stage: listOf(counts.stage, overflow.stage, (value) => suggestRef(value, known.stage, saved.stage.get(value), options.createStages)),
    owner: listOf(counts.owner, overflow.owner, (value) => suggestOwner(value, known.owner, saved.owner.get(value))),
  }
}
