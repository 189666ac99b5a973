import { sql } from 'kysely'
import type { ColumnMapping, FileSummary, ImportBatch, ImportKind, MappableField, ValueMap } from '@shared/domain/imports'
import { EMPTY_VALUE_MAP, IMPORT_KINDS, MAPPABLE_FIELDS } from '@shared/domain/imports'
import { AppError, notFound } from '@shared/errors'
import { nowIso } from '@shared/domain/dates'
import type { Db, Trx } from '../context'
import { fileShape, guessCampaignMapping, guessFileKind, guessMapping } from './headers'
import { MAX_COLUMNS, openRowSource } from './source'
import { guessDayOrder, guessDecimalMark } from './values'

const SAMPLE_ROWS = 20

interface Remembered {
  mapping: ColumnMapping
  kind: ImportKind | null
  valueMap: ValueMap
}

/** The value map saved with a mapping, kept only where its shape is right (older saves have none). */
function savedValueMap(value: unknown): ValueMap {
  if (typeof value !== 'object' || value === null) return EMPTY_VALUE_MAP
  const map = value as Partial<Record<keyof ValueMap, unknown>>
  const part = (key: keyof ValueMap) => (typeof map[key] === 'object' && map[key] !== null && !Array.isArray(map[key]) ? map[key] : {})
  return { campaign: part('campaign'), stage: part('stage'), owner: part('owner') } as ValueMap
}

async function rememberedMapping(db: Db, headers: string[]): Promise<Remembered | null> {
  const row = await db.selectFrom('import_mappings').select(['mapping', 'options']).where('shape', '=', fileShape(headers)).executeTakeFirst()
  if (!row) return null
  const mapping = JSON.parse(row.mapping) as unknown
  const valid = Array.isArray(mapping) && mapping.length === headers.length && mapping.every((f) => f === null || MAPPABLE_FIELDS.includes(f as MappableField))
  if (!valid) return null
  const options = JSON.parse(row.options) as { kind?: unknown; valueMap?: unknown }
  const kind = IMPORT_KINDS.includes(options.kind as ImportKind) ? (options.kind as ImportKind) : null
  return { mapping: mapping as ColumnMapping, kind, valueMap: savedValueMap(options.valueMap) }
}

/** Reads the header and the first rows: enough to map the columns, without reading the whole file. */
export async function summarizeFile(db: Db, file: string): Promise<FileSummary> {
  const source = await openRowSource(file)
  const rows: string[][] = []
  for await (const row of source.rows()) {
    rows.push(row)
    if (rows.length > SAMPLE_ROWS) break
  }
  const [headerRow, ...sample] = rows
  if (!headerRow || headerRow.every((cell) => cell.trim() === '')) throw new AppError('invalid_input', `${source.fileName} is empty: there is no header row to read.`)
  if (headerRow.length > MAX_COLUMNS) {
    throw new AppError('invalid_input', `${source.fileName} has ${headerRow.length.toLocaleString('en-US')} columns; Baton reads files with up to ${MAX_COLUMNS.toLocaleString('en-US')}.`)
  }
  const headers = headerRow.map((h) => h.trim())
  const remembered = await rememberedMapping(db, headers)
  const guesses = { leads: guessMapping(headers), campaigns: guessCampaignMapping(headers) }
  const kind = remembered?.kind ?? guessFileKind(headers)
  const mapping = remembered?.mapping ?? guesses[kind]
  const valuesOf = (fields: MappableField[]) => sample.flatMap((row) => mapping.flatMap((field, column) => (field && fields.includes(field) ? [row[column] ?? ''] : [])))
  return {
    fileName: source.fileName,
    encoding: source.encoding,
    format: source.format,
    headers,
    sample: sample.map((row) => headers.map((_, i) => (row[i] ?? '').slice(0, 200))),
    mapping,
    kind,
    guesses,
    valueMap: remembered?.valueMap ?? EMPTY_VALUE_MAP,
    remembered: remembered !== null,
    dayOrder: guessDayOrder(valuesOf(['createdOn', 'expectedCloseOn', 'startsOn', 'endsOn'])) ?? 'dmy',
    decimalMark: guessDecimalMark(valuesOf(['value', 'budget'])) ?? '.',
  }
}

export async function listBatches(db: Db): Promise<ImportBatch[]> {
  const rows = await db.selectFrom('import_batches').selectAll().orderBy('id', 'desc').limit(20).execute()
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    createdAt: row.created_at,
    created: row.created_count,
    updated: row.updated_count,
    undoneAt: row.undone_at,
  }))
}

interface Before {
  row: Record<string, unknown>
  tags: string[]
  historyId: number | null
}

const RESTORED_COLUMNS = [
  'person_name',
  'company',
  'email',
  'phone',
  'source_campaign_id',
  'pipeline_id',
  'stage_id',
  'position',
  'value_minor',
  'owner',
  'notes',
  'updated_at',
  'stage_entered_at',
  'expected_close_on',
  'closed_at',
] as const

/**
 * Puts everything back as it was before the import: its new leads go (with their tags,
 * history and touchpoints), the leads it updated get their old values and tags back, and
 * the campaigns it updated get their rows back, and the campaigns and stages it created
 * go if nothing else uses them now. One transaction.
 */
export async function undoImport(db: Db, batchId: number): Promise<{ removed: number; restored: number }> {
  const batch = await db.selectFrom('import_batches').selectAll().where('id', '=', batchId).executeTakeFirst()
  if (!batch) throw notFound('That import')
  if (batch.undone_at) throw new AppError('rule', 'This import was already undone.')
  return db.transaction().execute(async (trx) => {
    const removed = await sql<{ n: number }>`DELETE FROM leads WHERE id IN (SELECT lead_id FROM import_batch_leads WHERE batch_id = ${batchId} AND action = 'created')`.execute(trx)
    const updated = await trx.selectFrom('import_batch_leads').select(['lead_id', 'before']).where('batch_id', '=', batchId).where('action', '=', 'updated').execute()
    let restored = 0
    for (const { lead_id: leadId, before } of updated) {
      if (!before) continue
      const snapshot = JSON.parse(before) as Before
      const set = Object.fromEntries(RESTORED_COLUMNS.map((column) => [column, snapshot.row[column] ?? null]))
      const result = await trx.updateTable('leads').set(set).where('id', '=', leadId).executeTakeFirst()
      if (Number(result.numUpdatedRows) === 0) continue
      restored++
      await trx.deleteFrom('lead_tags').where('lead_id', '=', leadId).execute()
      if (snapshot.tags.length > 0) await trx.insertInto('lead_tags').values(snapshot.tags.map((tag) => ({ lead_id: leadId, tag }))).execute()
      if (snapshot.historyId !== null) await trx.deleteFrom('stage_history').where('id', '=', snapshot.historyId).execute()
    }
    restored += await restoreCampaigns(trx, batchId)
    const campaignsRemoved = await sql`DELETE FROM campaigns WHERE id IN (SELECT record_id FROM import_batch_records WHERE batch_id = ${batchId} AND kind = 'campaign')
      AND NOT EXISTS (SELECT 1 FROM leads WHERE source_campaign_id = campaigns.id)
      AND NOT EXISTS (SELECT 1 FROM campaign_spend WHERE campaign_id = campaigns.id)`.execute(trx)
    await sql`DELETE FROM stages WHERE id IN (SELECT record_id FROM import_batch_records WHERE batch_id = ${batchId} AND kind = 'stage')
      AND NOT EXISTS (SELECT 1 FROM leads WHERE stage_id = stages.id)`.execute(trx)
    await trx.updateTable('import_batches').set({ undone_at: nowIso() }).where('id', '=', batchId).execute()
    // A campaigns import's "removed" counts campaigns; a leads import's, leads.
    return { removed: Number((batch.kind === 'campaigns' ? campaignsRemoved : removed).numAffectedRows ?? 0), restored }
  })
}

const RESTORED_CAMPAIGN_COLUMNS = ['name', 'channel', 'objective', 'budget_minor', 'starts_on', 'ends_on', 'status', 'notes', 'updated_at'] as const

/** The campaigns a campaigns import updated get their rows back as they were. */
async function restoreCampaigns(trx: Trx, batchId: number): Promise<number> {
  const updated = await trx.selectFrom('import_batch_campaigns').select(['campaign_id', 'before']).where('batch_id', '=', batchId).execute()
  let restored = 0
  for (const { campaign_id: campaignId, before } of updated) {
    const row = JSON.parse(before) as Record<string, unknown>
    const set = Object.fromEntries(RESTORED_CAMPAIGN_COLUMNS.map((column) => [column, row[column] ?? null]))
    const result = await trx.updateTable('campaigns').set(set).where('id', '=', campaignId).executeTakeFirst()
    restored += Number(result.numUpdatedRows)
  }
  return restored
}
