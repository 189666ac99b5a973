import { emptyOutcome, type PreviewCampaign } from '@shared/domain/importResults'
import type { CampaignImportField } from '@shared/domain/imports'
import type { CampaignStatus } from '@shared/domain/enums'
import { AppError } from '@shared/errors'
import { readCampaignRow, type CampaignDraft } from './campaignRows'
import { rejectedWriter, rememberMapping, skippedFileOf, type ImportHooks, type ImportRequest, type ImportResult } from './import.shared'
import { RowOutcome, eachRow } from './rowOutcome'
import type { ImportConnection } from './importConnection'
import { fieldColumns } from './rows'
import { openTable } from './sheet'
import { openRowSource } from './source'
import { logCampaignImport } from './importChanges'

// A campaigns file imported the way leads are: one transaction in the worker, a preview
// that rolls back, progress and cancel, duplicates by name, and a batch that undo reverses
// (new campaigns are recorded, updated ones keep their row as it was).

const PREVIEW_ROWS = 20

interface CampaignRow {
  id: number
  name: string
  channel: string
  status: string
  budget_minor: number
  starts_on: string | null
  ends_on: string | null
  objective: string | null
  notes: string | null
}

function statements(db: ImportConnection) {
  return {
    insertBatch: db.prepare(`INSERT INTO import_batches (file_name, created_at, kind) VALUES (?, ?, 'campaigns') RETURNING id`, { pluck: true }),
    finishBatch: db.prepare(
      'UPDATE import_batches SET rows_read = ?, created_count = ?, updated_count = ?, skipped_count = ?, rejected_count = ? WHERE id = ?',
    ),
    batchRecord: db.prepare(`INSERT INTO import_batch_records (batch_id, kind, record_id) VALUES (?, 'campaign', ?)`),
    batchCampaign: db.prepare('INSERT INTO import_batch_campaigns (batch_id, campaign_id, before) VALUES (?, ?, ?) ON CONFLICT DO NOTHING'),
    campaignRow: db.prepare('SELECT * FROM campaigns WHERE id = ?'),
    insertCampaign: db.prepare(
      `INSERT INTO campaigns (name, channel, objective, budget_minor, starts_on, ends_on, status, notes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      { pluck: true },
    ),
    updateCampaign: db.prepare(
      `UPDATE campaigns SET name = ?, channel = ?, objective = ?, budget_minor = ?, starts_on = ?, ends_on = ?, status = ?, notes = ?, updated_at = ?, version = version + 1 WHERE id = ?`,
    ),
  }
}

/** A campaign without a status in the file: what its dates say, else running. */
function statusFromDates(draft: CampaignDraft, today: string): CampaignStatus {
  if (draft.endsOn && draft.endsOn < today) return 'completed'
  if (draft.startsOn && draft.startsOn > today) return 'planned'
  return 'active'
}

export async function runCampaignImport(db: ImportConnection, request: ImportRequest, hooks: ImportHooks): Promise<ImportResult> {
  const { options } = request
  const source = await openRowSource(request.file, { encoding: options.encoding ?? null })
  const table = await openTable(source, options.headerRow ?? null)
  const { headers } = table
  if (options.mapping.length !== headers.length) {
    await table.close()
    throw new AppError('invalid_input', 'The column choices do not match the file’s columns. Pick the file again.', 'mapping')
  }
  const columns = fieldColumns(options.mapping) as Partial<Record<CampaignImportField, number>>
  if (columns.campaignName === undefined) {
    await table.close()
    throw new AppError('invalid_input', 'Choose the column that holds the campaign’s name.', 'mapping')
  }

  const sql = statements(db)
  const now = new Date().toISOString()
  const today = now.slice(0, 10)
  const rejected = rejectedWriter(request.rejectedFile, headers)
  const skipped = rejectedWriter(skippedFileOf(request), headers, 'Why it was skipped')
  const workspaceCurrency = (await db.prepare('SELECT currency FROM settings WHERE id = 1', { pluck: true }).get<string>()) ?? 'USD'
  const outcome = emptyOutcome('campaigns', table.headerRow, workspaceCurrency)
  const rows = new RowOutcome(outcome, rejected, skipped)
  let committed = false
  // Other writers wait on PostgreSQL too: two imports of the same file must not both create its campaigns.
  await db.exec(db.engine === 'sqlite' ? 'BEGIN IMMEDIATE' : 'BEGIN')
  try {
    if (db.engine === 'postgres') await db.exec('LOCK TABLE campaigns IN SHARE ROW EXCLUSIVE MODE')
    const batchId = Number(await sql.insertBatch.get(source.fileName, now))
    const byName = new Map<string, number>()
    for (const row of await db.prepare('SELECT id, name FROM campaigns ORDER BY id').all<{ id: number; name: string }>()) {
      if (!byName.has(row.name.toLowerCase())) byName.set(row.name.toLowerCase(), row.id)
    }
    const writer: CampaignWriter = { sql, byName, createdHere: new Set(), batchId, columns, headers, options, rows, now, today }
    const finished = await eachRow(table, source, rows, hooks, (cells, rowNumber) => importCampaignRow(writer, cells, rowNumber))
    if (!finished) {
      await db.exec('ROLLBACK')
      return { status: 'cancelled' }
    }
    if (request.mode === 'preview' || outcome.created + outcome.updated === 0) {
      await db.exec('ROLLBACK')
      return { status: 'done', outcome, batchId: null }
    }
    await logCampaignImport(db, batchId, source.fileName, outcome.updated, now)
    await sql.finishBatch.run(outcome.rowsRead, outcome.created, outcome.updated, outcome.skipped, outcome.rejected, batchId)
    await rememberMapping(db, headers, options, now)
    await db.exec('COMMIT')
    committed = true
    return { status: 'done', outcome, batchId }
  } catch (error) {
    if (!committed && db.inTransaction) await db.exec('ROLLBACK')
    throw error
  } finally {
    rejected.close()
    skipped.close()
  }
}

/** What writing a campaign row needs, gathered once per import. */
interface CampaignWriter {
  sql: ReturnType<typeof statements>
  /** Campaigns by lower-case name, those this file creates included. */
  byName: Map<string, number>
  createdHere: Set<number>
  batchId: number
  columns: Partial<Record<CampaignImportField, number>>
  headers: readonly string[]
  options: ImportRequest['options']
  rows: RowOutcome
  now: string
  today: string
}

/** One row of a campaigns file: rejected with its reasons, skipped as a duplicate, or written. */
async function importCampaignRow(
  { sql, byName, createdHere, batchId, columns, headers, options, rows, now, today }: CampaignWriter,
  cells: readonly string[],
  rowNumber: number,
): Promise<void> {
  const { outcome } = rows
  const reject = (list: Array<{ column: string; reason: string }>) => rows.reject(cells, rowNumber, list)
  const { draft, problems } = readCampaignRow(cells, columns, headers, options)
  if (!draft) {
    reject(problems)
    return
  }
  const existing = byName.get(draft.name.toLowerCase())
  let action: PreviewCampaign['action'] = 'create'
  let saved: PreviewCampaign | null = null
  if (existing !== undefined && options.duplicates === 'skip') {
    action = 'skip'
    rows.skip(cells, rowNumber, { column: headers[columns.campaignName ?? -1] ?? 'Campaign name', reason: `Already in Baton: the campaign “${draft.name}”` })
    saved = previewOf(rowNumber, action, { ...draft, channel: draft.channel ?? 'other', status: draft.status ?? statusFromDates(draft, today), budgetMinor: draft.budgetMinor ?? 0 })
  } else if (existing !== undefined && options.duplicates === 'update') {
    const before = (await sql.campaignRow.get<CampaignRow>(existing))!
    const merged = {
      id: existing,
      name: draft.name,
      channel: draft.channel ?? before.channel,
      objective: draft.objective ?? before.objective,
      budgetMinor: draft.budgetMinor ?? before.budget_minor,
      startsOn: draft.startsOn ?? before.starts_on,
      endsOn: draft.endsOn ?? before.ends_on,
      status: draft.status ?? before.status,
      notes: draft.notes ?? before.notes,
      now,
    }
    if (merged.startsOn && merged.endsOn && merged.endsOn < merged.startsOn) {
      const column = headers[columns[draft.endsOn ? 'endsOn' : 'startsOn'] ?? -1] ?? 'End date'
      reject([{ column, reason: `“${draft.name}” would end (${merged.endsOn}) before it starts (${merged.startsOn})` }])
      return
    }
    if (!createdHere.has(existing)) await sql.batchCampaign.run(batchId, existing, JSON.stringify(before))
    const { name, channel, objective, budgetMinor, startsOn, endsOn, status, notes } = merged
    await sql.updateCampaign.run(name, channel, objective, budgetMinor, startsOn, endsOn, status, notes, now, existing)
    action = 'update'
    outcome.updated++
    saved = previewOf(rowNumber, action, merged)
  } else {
    const values = { ...draft, channel: draft.channel ?? 'other', status: draft.status ?? statusFromDates(draft, today), budgetMinor: draft.budgetMinor ?? 0 }
    const id = Number(await sql.insertCampaign.get(values.name, values.channel, values.objective, values.budgetMinor, values.startsOn, values.endsOn, values.status, values.notes, now, now))
    await sql.batchRecord.run(batchId, id)
    createdHere.add(id)
    if (!byName.has(draft.name.toLowerCase())) byName.set(draft.name.toLowerCase(), id)
    outcome.created++
    saved = previewOf(rowNumber, action, values)
  }
  if (outcome.campaignPreview.length < PREVIEW_ROWS) outcome.campaignPreview.push(saved)
}

interface CampaignDraftSaved {
  name: string
  channel: string
  status: string
  budgetMinor: number
  startsOn: string | null
  endsOn: string | null
}

function previewOf(row: number, action: PreviewCampaign['action'], saved: CampaignDraftSaved): PreviewCampaign {
  return {
    row,
    action,
    name: saved.name,
    channel: saved.channel as PreviewCampaign['channel'],
    status: saved.status as PreviewCampaign['status'],
    budgetMinor: saved.budgetMinor,
    startsOn: saved.startsOn,
    endsOn: saved.endsOn,
  }
}
