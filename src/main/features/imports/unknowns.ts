import { sql } from 'kysely'
import { EMPTY_VALUE_MAP, VALUE_MAP_FIELDS, type ImportField, type ImportOptions, type UnknownValueList, type UnknownValues, type ValueMapField } from '@shared/domain/imports'
import { AppError, notFound } from '@shared/errors'
import type { Db } from '../context'
import { WrongEncoding } from './encoding'
import { fieldColumns } from './rows'
import { Footers, openTable } from './sheet'
import { openRowSource } from './source'
import { ChoiceLookup, KNOWN_OWNERS_SQL, campaignIndex, ownerIndex, stageIndex, suggestName, suggestRef, suggestStage, suggestStatus, type StageRef } from './valueMap'

// One quick pass over the file's campaign, stage, status, owner and lost-reason columns (nothing
// else is read into memory) to list the values Baton does not know, each with a suggested choice.

/** Values shown per field; the rest get Baton's suggestion and are counted as "and N more". */
export const LISTED_VALUES = 50
/** Distinct unknown values counted per field; beyond this a file is counted, not remembered. */
const TRACKED_VALUES = 100_000
const LIMITS: Record<ValueMapField, number> = { campaign: 200, stage: 60, status: 60, owner: 80, lostReason: 200 }

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

/** The distinct values of the mapped columns that Baton does not know, with how many rows name each. */
async function countUnknown(file: string, options: ImportOptions, columns: Partial<Record<ValueMapField, number>>, isKnown: (field: ValueMapField, value: string) => boolean) {
  const fields = VALUE_MAP_FIELDS.filter((field) => columns[field] !== undefined)
  const counts = Object.fromEntries(VALUE_MAP_FIELDS.map((field) => [field, new Map<string, number>()])) as Record<ValueMapField, Map<string, number>>
  const overflow = Object.fromEntries(VALUE_MAP_FIELDS.map((field) => [field, 0])) as Record<ValueMapField, number>
  if (fields.length === 0) return { counts, overflow }
  const table = await openTable(await openRowSource(file, { encoding: options.encoding ?? null }), options.headerRow ?? null)
  try {
    if (table.headers.length !== options.mapping.length) throw new AppError('invalid_input', 'The column choices do not match the file’s columns. Pick the file again.', 'mapping')
    // Totals and report footers are left out of the import, so their words are not asked about.
    const footers = new Footers()
    for await (const batch of table.batches) {
      for (const cells of batch) {
        if (footers.leftOut(cells) !== null) continue
        for (const field of fields) {
          const value = (cells[columns[field]!] ?? '').trim()
          if (value === '' || value.length > LIMITS[field] || isKnown(field, value)) continue
          const seen = counts[field].get(value)
          if (seen !== undefined) counts[field].set(value, seen + 1)
          else if (counts[field].size < TRACKED_VALUES) counts[field].set(value, 1)
          else overflow[field]++
        }
      }
    }
  } finally {
    await table.close()
  }
  return { counts, overflow }
}

export async function findUnknownValues(db: Db, file: string, options: ImportOptions): Promise<UnknownValues> {
  const campaigns = await db.selectFrom('campaigns').select(['id', 'name']).orderBy('name').execute()
  const stages = await pipelineStages(db, options.pipelineId)
  const owners = (await sql<{ name: string }>`${sql.raw(KNOWN_OWNERS_SQL)}`.execute(db)).rows.map((row) => row.name)
  const reasons = await db.selectFrom('lost_reasons').select(['label', 'archived_at']).orderBy('position').orderBy('id').execute()
  const known = { campaign: campaignIndex(campaigns), stage: stageIndex(stages), owner: ownerIndex(owners), lostReason: ownerIndex(reasons.map((r) => r.label)) }
  const none = { values: [], more: 0 }
  const empty: UnknownValues = {
    campaign: none,
    stage: none,
    status: none,
    owner: none,
    lostReason: none,
    known: {
      campaigns,
      stages: stages.map(({ id, name, kind }) => ({ id, name, kind: kind as 'open' | 'won' | 'lost' })),
      owners,
      lostReasons: reasons.filter((r) => r.archived_at === null).map((r) => r.label),
    },
  }
  if (options.kind === 'campaigns') return empty

  const columns = fieldColumns(options.mapping) as Partial<Record<ImportField, number>>
  // Every status is listed (so the person sees what each will mean); the other fields list only what Baton lacks.
  const isKnown = (field: ValueMapField, value: string) => field !== 'status' && known[field].has(value.toLowerCase())
  let found
  try {
    found = await countUnknown(file, options, columns, isKnown)
  } catch (error) {
    if (!(error instanceof WrongEncoding)) throw error
    found = await countUnknown(file, { ...options, encoding: 'windows-1252' }, columns, isKnown)
  }
  const { counts, overflow } = found
  const valueMap = { ...EMPTY_VALUE_MAP, ...options.valueMap }
  const saved = {
    campaign: new ChoiceLookup(valueMap.campaign),
    stage: new ChoiceLookup(valueMap.stage),
    status: new ChoiceLookup(valueMap.status),
    owner: new ChoiceLookup(valueMap.owner),
    lostReason: new ChoiceLookup(valueMap.lostReason),
  }
  return {
    ...empty,
    campaign: listOf(counts.campaign, overflow.campaign, (value) => suggestRef(value, known.campaign, saved.campaign.get(value), options.createCampaigns)),
    stage: listOf(counts.stage, overflow.stage, (value) => suggestStage(value, stages, saved.stage.get(value), options.createStages)),
    status: listOf(counts.status, overflow.status, (value) => suggestStatus(value, saved.status.get(value))),
    owner: listOf(counts.owner, overflow.owner, (value) => suggestName(value, known.owner, saved.owner.get(value))),
    lostReason: listOf(counts.lostReason, overflow.lostReason, (value) => suggestName(value, known.lostReason, saved.lostReason.get(value))),
  }
}
