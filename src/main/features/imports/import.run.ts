import type BetterSqlite3 from 'better-sqlite3'
import type { ImportOptions, ImportOutcome, PreviewLead, RowProblem } from '@shared/domain/imports'
import { AppError } from '@shared/errors'
import { fieldColumns, readLeadRow, type LeadDraft } from './rows'
import { runCampaignImport } from './campaigns.run'
import { rejectedWriter, rememberMapping, type ImportHooks, type ImportRequest, type ImportResult } from './import.shared'
import { statements, type Statements } from './leadStatements'
import { References, type StageRef } from './references'
import { MAX_COLUMNS, openRowSource, type RowSource } from './source'

export type { ImportHooks, ImportRequest, ImportResult } from './import.shared'

// The import itself, on a raw better-sqlite3 connection of its own (it runs in a
// worker thread). The whole file is one transaction: a preview runs the very same
// path and rolls back, a cancel or an error rolls back, and only a finished import
// commits — so there is never a partial batch, even if the process is killed.

/**
 * The import connection's page cache, in KiB. SQLite's default (2 MiB) is far smaller than
 * what a big import changes, so it writes pages out to the WAL mid-transaction and reads
 * them back; a larger cache cuts a large import's time by about a quarter. It is a cap, not
 * a size: a small import uses little of it, and no file, however long, uses more.
 */
export const IMPORT_PAGE_CACHE_KIB = 64 * 1024

const PROGRESS_EVERY = 2_000
const PREVIEW_ROWS = 20
const PROBLEMS_LISTED = 200

const isProblem = <T,>(value: T | { problem: string }): value is { problem: string } => typeof value === 'object' && value !== null && 'problem' in value

function resolvePipeline(db: BetterSqlite3.Database, pipelineId: number | null): number {
  const id = pipelineId ?? (db.prepare('SELECT id FROM pipelines ORDER BY position, id LIMIT 1').pluck().get() as number | undefined)
  if (id === undefined || !db.prepare('SELECT 1 FROM pipelines WHERE id = ?').get(id)) throw new AppError('not_found', 'That pipeline no longer exists.')
  return id
}

function dayInstant(day: string | null, now: string): string {
  return day ? `${day}T12:00:00.000Z` : now
}

/** The header row and the batches after it; the header is taken out of the first batch. */
async function readHeader(source: RowSource): Promise<{ headers: string[] | null; batches: AsyncGenerator<string[][]>; first: string[][] }> {
  const batches = source.batches()
  const next = await batches.next()
  if (next.done) return { headers: null, batches, first: [] }
  const [header, ...first] = next.value
  return { headers: header!, batches, first }
}

export async function runImport(db: BetterSqlite3.Database, request: ImportRequest, hooks: ImportHooks): Promise<ImportResult> {
  if (request.options.kind === 'campaigns') return runCampaignImport(db, request, hooks)
  const source = await openRowSource(request.file)
  const { headers: headerRow, batches, first } = await readHeader(source)
  if (headerRow === null || headerRow.every((cell) => cell.trim() === '')) {
    await batches.return(undefined)
    throw new AppError('invalid_input', `${source.fileName} is empty: there is no header row to read.`)
  }
  const headers = headerRow.map((header) => header.trim())
  if (headers.length > MAX_COLUMNS) {
    await batches.return(undefined)
    throw new AppError('invalid_input', `${source.fileName} has ${headers.length.toLocaleString('en-US')} columns; Baton reads files with up to ${MAX_COLUMNS.toLocaleString('en-US')}.`)
  }
  const { options } = request
  if (options.mapping.length !== headers.length) {
    await batches.return(undefined)
    throw new AppError('invalid_input', 'The column choices do not match the file’s columns. Pick the file again.', 'mapping')
  }
  const columns = fieldColumns(options.mapping)
  if (columns.personName === undefined && columns.firstName === undefined && columns.lastName === undefined && columns.company === undefined) {
    await batches.return(undefined)
    throw new AppError('invalid_input', 'Choose the column that holds the person’s name (or the company).', 'mapping')
  }

  const sql = statements(db)
  const now = new Date().toISOString()
  const rejected = rejectedWriter(request.rejectedFile, headers)
  const outcome: ImportOutcome = { kind: 'leads', rowsRead: 0, created: 0, updated: 0, skipped: 0, rejected: 0, campaignsCreated: [], stagesCreated: [], problems: [], preview: [], campaignPreview: [] }
  let batchId = 0
  let committed = false
  db.exec('BEGIN IMMEDIATE')
  try {
    batchId = Number(sql.insertBatch.run(source.fileName, now).lastInsertRowid)
    const lastIdBefore = Number(db.prepare('SELECT coalesce(max(id), 0) FROM leads').pluck().get())
    // New leads go into the search index in one statement at the end (recordCreated); a rollback undoes this too.
    db.prepare('UPDATE search_index_deferred SET above_id = ? WHERE id = 1').run(lastIdBefore)
    const refs = new References(db, sql, resolvePipeline(db, options.pipelineId), options, () => batchId, now)
    const writer: LeadWriter = { sql, refs, batchId, lastIdBefore, now }
    let rowNumber = 1
    let batch = first
    for (;;) {
      for (const cells of batch) {
        rowNumber++
        outcome.rowsRead++
        if (outcome.rowsRead % PROGRESS_EVERY === 0) {
          hooks.onProgress(outcome.rowsRead, source.bytesRead(), source.totalBytes)
          await new Promise((resolve) => setImmediate(resolve))
          if (hooks.isCancelled()) {
            await batches.return(undefined)
            db.exec('ROLLBACK')
            return { status: 'cancelled' }
          }
        }
        importRow(writer, cells, rowNumber, columns, headers, options, outcome, rejected)
      }
      const next = await batches.next()
      if (next.done) break
      batch = next.value
    }
    hooks.onProgress(outcome.rowsRead, source.totalBytes, source.totalBytes)
    outcome.campaignsCreated = refs.campaignsCreated
    outcome.stagesCreated = refs.stagesCreated
    const wrote = outcome.created + outcome.updated > 0
    if (request.mode === 'preview' || !wrote) {
      db.exec('ROLLBACK')
      return { status: 'done', outcome, batchId: null }
    }
    recordCreated(db, batchId, lastIdBefore)
    sql.finishBatch.run(outcome.rowsRead, outcome.created, outcome.updated, outcome.skipped, outcome.rejected, batchId)
    rememberMapping(db, headers, options, now)
    db.exec('COMMIT')
    committed = true
    return { status: 'done', outcome, batchId }
  } catch (error) {
    if (!committed && db.inTransaction) db.exec('ROLLBACK')
    throw error
  } finally {
    rejected.close()
  }
}

/** What writing a row needs, gathered once per import. */
interface LeadWriter {
  sql: Statements
  refs: References
  batchId: number
  /** Leads with a larger id were created by this import. */
  lastIdBefore: number
  now: string
}

/** One row of the file: rejected with its reasons, skipped as a duplicate, or written. */
function importRow(
  writer: LeadWriter,
  cells: readonly string[],
  rowNumber: number,
  columns: ReturnType<typeof fieldColumns>,
  headers: readonly string[],
  options: ImportOptions,
  outcome: ImportOutcome,
  rejected: ReturnType<typeof rejectedWriter>,
): void {
  const { sql, refs } = writer
  const { draft, problems } = readLeadRow(cells, columns, headers, options)
  const reject = (list: Array<{ column: string; reason: string }>) => {
    outcome.rejected++
    for (const problem of list) if (outcome.problems.length < PROBLEMS_LISTED) outcome.problems.push({ row: rowNumber, ...problem } satisfies RowProblem)
    rejected.add(cells, rowNumber, list.map((p) => `${p.column}: ${p.reason}`).join('; '))
  }
  if (!draft) return reject(problems)
  const campaign = refs.campaign(draft.campaign)
  const stage = refs.stage(draft.stage)
  const owner = refs.owner(draft.owner)
  if (isProblem(campaign) || isProblem(stage) || isProblem(owner)) {
    return reject([
      ...(isProblem(campaign) ? [{ column: headers[columns.campaign!] ?? 'Campaign', reason: campaign.problem }] : []),
      ...(isProblem(stage) ? [{ column: headers[columns.stage!] ?? 'Stage', reason: stage.problem }] : []),
      ...(isProblem(owner) ? [{ column: headers[columns.owner!] ?? 'Owner', reason: owner.problem }] : []),
    ])
  }
  draft.owner = owner
  // The lookups run inside the import's transaction, so they also find the leads created
  // from earlier rows of the same file: a file that names a person twice is a duplicate too.
  const existing = draft.email
    ? (sql.byEmail.get(draft.email) as number | undefined)
    : draft.company
      ? (sql.byCompanyPerson.get(draft.company, draft.personName) as number | undefined)
      : undefined
  let action: PreviewLead['action'] = 'create'
  if (existing !== undefined && options.duplicates === 'skip') {
    action = 'skip'
    outcome.skipped++
  } else if (existing !== undefined && options.duplicates === 'update') {
    action = 'update'
    updateLead(writer, existing, draft, campaign, stage)
    outcome.updated++
  } else {
    createLead(writer, draft, campaign, stage)
    outcome.created++
  }
  if (outcome.preview.length < PREVIEW_ROWS) outcome.preview.push(previewOf(rowNumber, action, draft, refs.campaignName(campaign), stage))
}

function previewOf(row: number, action: PreviewLead['action'], draft: LeadDraft, campaign: string | null, stage: StageRef): PreviewLead {
  return {
    row,
    action,
    personName: draft.personName,
    company: draft.company,
    email: draft.email,
    campaign,
    stage: stage.name,
    owner: draft.owner,
    valueMinor: draft.valueMinor ?? 0,
    tags: draft.tags,
    createdOn: draft.createdOn,
  }
}

function createLead({ sql, refs, now }: LeadWriter, draft: LeadDraft, campaignId: number | null, stage: StageRef): void {
  const createdAt = dayInstant(draft.createdOn, now)
  const closedAt = stage.kind === 'open' ? null : createdAt
  const position = refs.nextPosition(stage.id)
  // Positional parameters, in the statement's column order: better-sqlite3 binds them quicker than named ones.
  const leadId = sql.insertLead.run(draft.personName, draft.company, draft.email, draft.phone, campaignId, refs.pipelineId, stage.id, position, draft.valueMinor ?? 0, draft.owner, draft.notes, createdAt, now, createdAt, draft.expectedCloseOn, closedAt).lastInsertRowid
  for (const tag of draft.tags) sql.tag.run(leadId, tag)
  // Stage history, touchpoints and the batch's record of created leads are written set-wise at the end (recordCreated).
}

/**
 * The import holds the write lock from BEGIN IMMEDIATE to COMMIT and SQLite gives a new
 * row the largest id + 1, so the leads with an id above the largest before the import are
 * exactly the ones it created. One INSERT … SELECT each is far quicker than a call per row.
 */
function recordCreated(db: BetterSqlite3.Database, batchId: number, lastIdBefore: number): void {
  db.prepare(`INSERT INTO import_batch_leads (batch_id, lead_id, action, before) SELECT ?, id, 'created', NULL FROM leads WHERE id > ?`).run(batchId, lastIdBefore)
  db.prepare(
    `INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, from_stage_name, to_stage_name, to_kind, at)
     SELECT l.id, NULL, l.stage_id, NULL, s.name, s.kind, l.created_at FROM leads l JOIN stages s ON s.id = l.stage_id WHERE l.id > ?`,
  ).run(lastIdBefore)
  db.prepare(`INSERT INTO touchpoints (lead_id, campaign_id, at, note) SELECT id, source_campaign_id, created_at, NULL FROM leads WHERE id > ? AND source_campaign_id IS NOT NULL`).run(
    lastIdBefore,
  )
  db.prepare(`INSERT INTO leads_fts (rowid, person_name, company, email, notes) SELECT id, person_name, company, email, notes FROM leads WHERE id > ?`).run(lastIdBefore)
  db.prepare('UPDATE search_index_deferred SET above_id = NULL WHERE id = 1').run()
}

/**
 * Fills in what the file has; keeps what it leaves empty. The lead as it was is kept for undo
 * — unless this import created it from an earlier row of the file: undo removes it whole, and
 * its one creation record (written at the end) names the stage it ends up in.
 */
function updateLead({ sql, refs, batchId, lastIdBefore, now }: LeadWriter, leadId: number, draft: LeadDraft, campaignId: number | null, stage: StageRef): void {
  const createdHere = leadId > lastIdBefore
  const before = sql.leadRow.get(leadId) as Record<string, unknown>
  const set: Record<string, unknown> = {
    person_name: draft.personName,
    ...(draft.company !== null && { company: draft.company }),
    ...(draft.email !== null && { email: draft.email }),
    ...(draft.phone !== null && { phone: draft.phone }),
    ...(campaignId !== null && { source_campaign_id: campaignId }),
    ...(draft.owner !== null && { owner: draft.owner }),
    ...(draft.notes !== null && { notes: draft.notes }),
    ...(draft.valueMinor !== null && { value_minor: draft.valueMinor }),
    ...(draft.expectedCloseOn !== null && { expected_close_on: draft.expectedCloseOn }),
    updated_at: now,
  }
  // A second row of the file for a lead this import already updated: the record of how it was before the import stays.
  const recorded = createdHere ? undefined : (sql.batchLeadBefore.get(batchId, leadId) as string | undefined)
  let historyId: number | null = recorded === undefined ? null : (JSON.parse(recorded) as { historyId: number | null }).historyId
  if (draft.stage !== null && stage.id !== before['stage_id']) {
    const enteredAt = createdHere ? before['created_at'] : now
    Object.assign(set, { stage_id: stage.id, pipeline_id: refs.pipelineId, position: refs.nextPosition(stage.id), stage_entered_at: enteredAt, closed_at: stage.kind === 'open' ? null : enteredAt })
    if (!createdHere && historyId !== null) {
      // One history row for the import's net move, from the stage the lead was in before it (gone if it moved back).
      if (sql.historyFrom.get(historyId) === stage.id) {
        sql.deleteHistory.run(historyId)
        historyId = null
      } else sql.retargetHistory.run(stage.id, stage.name, stage.kind, now, historyId)
    } else if (!createdHere) {
      const fromName = (sql.stageName.get(before['stage_id']) as string | undefined) ?? null
      historyId = Number(sql.history.run(leadId, before['stage_id'], stage.id, fromName, stage.name, stage.kind, now).lastInsertRowid)
    }
  }
  const columns = Object.keys(set)
  sql.leadRow.database.prepare(`UPDATE leads SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({ ...set, id: leadId })
  const tags = createdHere || recorded !== undefined ? [] : (sql.tagsOf.all(leadId) as string[])
  for (const tag of draft.tags) sql.tag.run(leadId, tag)
  if (createdHere) return
  if (recorded === undefined) sql.batchLead.run(batchId, leadId, 'updated', JSON.stringify({ row: before, tags, historyId }))
  else sql.batchLeadHistory.run(historyId, batchId, leadId)
}

