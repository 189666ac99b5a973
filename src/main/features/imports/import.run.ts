import type BetterSqlite3 from 'better-sqlite3'
import { emptyOutcome, type PreviewLead } from '@shared/domain/importResults'
import type { ImportField, ImportOptions } from '@shared/domain/imports'
import { AppError } from '@shared/errors'
import { WrongEncoding } from './encoding'
import { LeadRowReader, fieldColumns, type LeadDraft } from './rows'
import { runCampaignImport } from './campaigns.run'
import { rejectedWriter, rememberMapping, skippedFileOf, type ImportHooks, type ImportRequest, type ImportResult } from './import.shared'
import { statements, type Statements } from './leadStatements'
import { sqliteImportConnection, type ImportConnection } from './importConnection'
import { closeInstant, Currencies, leadTimes, placeLead, writeClosingHistory, type ColumnOf, type Placement } from './placement'
import { duplicateNote, previewOf } from './leadPreview'
import { References, type Problem } from './references'
import { ImportParties, type OrganizationBefore, type PersonBefore } from './importParties'
import { CustomColumns, type RowRecords } from './customColumns'
import { recordCreated, type PartiesBefore } from './importRecords'
import { contactPreview, ContactRows, contactSkipNote } from './contactRows'
import { RowOutcome, eachRow, unreadableCells, type CellNote } from './rowOutcome'
import { openTable } from './sheet'
import { openRowSource } from './source'
import { logLeadImport } from './importChanges'

export type { ImportHooks, ImportRequest, ImportResult } from './import.shared'

// The import itself, on a connection of its own (it runs in a worker thread), each
// statement awaited (importConnection.ts). The whole file is one transaction: a preview runs the very same
// path and rolls back, a cancel or an error rolls back, and only a finished import
// commits — so there is never a partial batch, even if the process is killed.

/**
 * The import connection's page cache, in KiB. SQLite's default (2 MiB) is far smaller than
 * what a big import changes, so it writes pages out to the WAL mid-transaction and reads
 * them back; a larger cache cuts a large import's time by about a quarter. It is a cap, not
 * a size: a small import uses little of it, and no file, however long, uses more.
 */
export const IMPORT_PAGE_CACHE_KIB = 64 * 1024

const PREVIEW_ROWS = 20

const isProblem = <T,>(value: T | Problem): value is Problem => typeof value === 'object' && value !== null && 'problem' in value

async function resolvePipeline(db: ImportConnection, pipelineId: number | null): Promise<number> {
  const id = pipelineId ?? (await db.prepare('SELECT id FROM pipelines ORDER BY position, id LIMIT 1', { pluck: true }).get<number>())
  if (id === undefined || !(await db.prepare('SELECT 1 FROM pipelines WHERE id = ?').get(id))) throw new AppError('not_found', 'That pipeline no longer exists.')
  return id
}

/**
 * Imports a file. A file Baton took for UTF-8 whose later bytes say otherwise is read again
 * from the start as Windows-1252 (everything written from the first reading is rolled back).
 */
export async function runImport(db: BetterSqlite3.Database, request: ImportRequest, hooks: ImportHooks): Promise<ImportResult> {
  return runImportOver(sqliteImportConnection(db), request, hooks)
}

/** A leads or campaigns file over the import's connection, of either engine. */
export async function runImportOver(connection: ImportConnection, request: ImportRequest, hooks: ImportHooks): Promise<ImportResult> {
  return readingAgainIfNeeded(request, (input) => (input.options.kind === 'campaigns' ? runCampaignImport(connection, input, hooks) : runLeadImport(connection, input, hooks)))
}

async function readingAgainIfNeeded(request: ImportRequest, once: (input: ImportRequest) => Promise<ImportResult>): Promise<ImportResult> {
  try {
    return await once(request)
  } catch (error) {
    if (!(error instanceof WrongEncoding)) throw error
    return once({ ...request, options: { ...request.options, encoding: 'windows-1252' } })
  }
}

/**
 * Opens the import's transaction. SQLite's IMMEDIATE takes the one write lock; on PostgreSQL the
 * tables whose new rows the import tells apart by id (recordCreated) are locked against other
 * writers until it ends, so every id above the largest before it is the import's. Readers go on.
 */
async function beginImport(db: ImportConnection): Promise<void> {
  if (db.engine === 'sqlite') return db.exec('BEGIN IMMEDIATE')
  await db.exec('BEGIN')
  await db.exec('LOCK TABLE leads, people, organizations, team_members IN SHARE ROW EXCLUSIVE MODE')
}

async function runLeadImport(db: ImportConnection, request: ImportRequest, hooks: ImportHooks): Promise<ImportResult> {
  const { options } = request
  const source = await openRowSource(request.file, { encoding: options.encoding ?? null })
  const table = await openTable(source, options.headerRow ?? null)
  const { headers } = table
  if (options.mapping.length !== headers.length) {
    await table.close()
    throw new AppError('invalid_input', 'The column choices do not match the file’s columns. Pick the file again.', 'mapping')
  }
  const columns = fieldColumns(options.mapping)
  if (columns.personName === undefined && columns.firstName === undefined && columns.lastName === undefined && columns.company === undefined) {
    await table.close()
    throw new AppError('invalid_input', 'Choose the column that holds the person’s name (or the company).', 'mapping')
  }

  const sql = statements(db)
  const now = new Date().toISOString()
  const workspace = await db.prepare('SELECT currency, time_zone FROM settings WHERE id = 1').get<{ currency: string; time_zone: string }>()
  const workspaceCurrency = workspace?.currency ?? 'USD'
  const zone = workspace?.time_zone ?? 'UTC'
  const rejected = rejectedWriter(request.rejectedFile, headers)
  const skipped = rejectedWriter(skippedFileOf(request), headers, 'Why it was skipped')
  const outcome = emptyOutcome(options.kind === 'contacts' ? 'contacts' : 'leads', table.headerRow, workspaceCurrency)
  const rows = new RowOutcome(outcome, rejected, skipped)
  let batchId = 0
  let committed = false
  const largestId = (table: string) => db.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`, { pluck: true }).get<number>().then(Number)
  await beginImport(db)
  try {
    batchId = Number(await sql.insertBatch.get(source.fileName, now))
    const lastIdBefore = await largestId('leads')
    const lastMemberBefore = await largestId('team_members')
    const partiesBefore: PartiesBefore = { person: await largestId('people'), organization: await largestId('organizations') }
    // On SQLite new leads go into the search index in one statement at the end (recordCreated); a rollback undoes this too.
    // PostgreSQL's triggers index each lead as it is written.
    if (db.engine === 'sqlite') await db.prepare('UPDATE search_index_deferred SET above_id = ? WHERE id = 1').run(lastIdBefore)
    const refs = await References.load(db, sql, await resolvePipeline(db, options.pipelineId), options, () => batchId, now)
    const parties = new ImportParties(sql, now)
    const writer: LeadWriter = { db, sql, refs, parties, batchId, lastIdBefore, lastOrganizationBefore: partiesBefore.organization, now, zone }
    const column = (field: ImportField, label: string) => headers[columns[field] ?? -1] ?? label
    const lastIdsBefore = { lead: lastIdBefore, person: partiesBefore.person, organization: partiesBefore.organization }
    const custom = await CustomColumns.load(db, options.customColumns, headers, batchId, now, lastIdsBefore)
    const reader: RowReader = {
      columns,
      headers,
      leadRows: new LeadRowReader(columns, headers, { dayOrder: options.dayOrder, decimalMark: options.decimalMark, workspaceCurrency }),
      column,
      placementColumn: (field) =>
        field === 'closedOn'
          ? column(columns.wonOn !== undefined ? 'wonOn' : columns.closedOn !== undefined ? 'closedOn' : 'closeDate', 'Close date')
          : field === 'value'
            ? column(columns.currency !== undefined ? 'currency' : 'value', 'Value')
            : column(field, field === 'lostReason' ? 'Lost reason' : field === 'status' ? 'Status' : 'Stage'),
      mapped: options.mapping.flatMap((field, column) => (field ? [column] : [])),
      options,
      mode: request.mode,
      rows,
      currencies: new Currencies(options.currencies ?? {}),
      workspaceCurrency,
      custom,
      contacts: options.kind === 'contacts' ? new ContactRows(db, sql, parties, batchId, partiesBefore, now, zone) : null,
    }
    const finished = await eachRow(table, source, rows, hooks, (cells, rowNumber, unreadable) => importRow(writer, reader, cells, rowNumber, unreadable))
    if (!finished) {
      await db.exec('ROLLBACK')
      return { status: 'cancelled' }
    }
    outcome.campaignsCreated = refs.campaignsCreated
    outcome.stagesCreated = refs.stagesCreated
    outcome.lostReasonsCreated = refs.lostReasonsCreated
    outcome.currencies = reader.currencies.list()
    outcome.customFieldsCreated = custom.made
    outcome.peopleCreated = Number(await db.prepare('SELECT count(*) FROM people WHERE id > ?', { pluck: true }).get(partiesBefore.person))
    outcome.organizationsCreated = Number(await db.prepare('SELECT count(*) FROM organizations WHERE id > ?', { pluck: true }).get(partiesBefore.organization))
    outcome.peopleUpdated = reader.contacts?.updated.person.size ?? 0
    outcome.organizationsUpdated = reader.contacts?.updated.organization.size ?? 0
    outcome.membersCreated = await db.prepare('SELECT name FROM team_members WHERE id > ? ORDER BY id', { pluck: true }).all<string>(lastMemberBefore)
    const wrote = outcome.created + outcome.updated > 0
    if (request.mode === 'preview' || !wrote) {
      await db.exec('ROLLBACK')
      return { status: 'done', outcome, batchId: null }
    }
    await custom.finish(now)
    await recordCreated(db, batchId, lastIdBefore, lastMemberBefore, partiesBefore)
    await logLeadImport(db, batchId, source.fileName, outcome.updated, partiesBefore, now)
    const rates = reader.currencies.rates()
    await sql.finishBatch.run(outcome.rowsRead, outcome.created, outcome.updated, outcome.skipped, outcome.rejected, rates.length > 0 ? JSON.stringify({ to: workspaceCurrency, rates }) : null, batchId)
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


/** What writing a row needs, gathered once per import. */
interface LeadWriter {
  db: ImportConnection
  sql: Statements
  refs: References
  parties: ImportParties
  batchId: number
  /** Leads with a larger id were created by this import. */
  lastIdBefore: number
  /** Organisations with a larger id were made by this import. */
  lastOrganizationBefore: number
  now: string
  /** The firm's time zone: the file's days are days in it. */
  zone: string
}

/** What reading a row needs, gathered once per import. */
interface RowReader {
  columns: ReturnType<typeof fieldColumns>
  headers: readonly string[]
  leadRows: LeadRowReader
  /** A field's column as the file names it (or the label, when the field has no column). */
  column: (field: ImportField, label: string) => string
  placementColumn: ColumnOf
  /** The columns mapped to a field. */
  mapped: readonly number[]
  options: ImportOptions
  mode: 'preview' | 'import'
  rows: RowOutcome
  currencies: Currencies
  workspaceCurrency: string
  /** The columns kept in custom fields. */
  custom: CustomColumns
  /** A file of people or organisations alone: its rows make no leads. */
  contacts: ContactRows | null
}

/** One row of the file: rejected with its reasons, skipped as a duplicate, or written. */
async function importRow(writer: LeadWriter, reader: RowReader, cells: readonly string[], rowNumber: number, unreadable: boolean): Promise<void> {
  const { sql, refs } = writer
  const { headers, options, rows } = reader
  const { outcome } = rows
  const { draft, problems, warnings } = reader.leadRows.read(cells)
  if (unreadable) warnings.push(...unreadableCells(cells, headers, reader.mapped))
  if (!draft) return rows.reject(cells, rowNumber, problems)
  const kept = reader.custom.read(cells)
  warnings.push(...kept.warnings)
  const { column } = reader
  const campaign = await refs.campaign(draft.campaign)
  const owner = refs.owner(draft.owner)
  if (isProblem(campaign) || isProblem(owner)) {
    return rows.reject(cells, rowNumber, [
      ...(isProblem(campaign) ? [{ column: column('campaign', 'Campaign'), reason: campaign.problem }] : []),
      ...(isProblem(owner) ? [{ column: column('owner', 'Owner'), reason: owner.problem }] : []),
    ])
  }
  if (reader.contacts) return importContact(reader, reader.contacts, { draft: { ...draft, owner }, campaign, kept, warnings, cells, rowNumber, campaignName: refs.campaignName(campaign) })
  const placed = await placeLead(draft, refs, options.closeDayFallback ?? null, reader.mode, reader.placementColumn)
  if (placed.undated) outcome.closedWithoutDay++
  if (!placed.placement) return rows.reject(cells, rowNumber, placed.problems)
  const placement = placed.placement
  const money = reader.currencies.convert(draft, reader.mode, reader.placementColumn('value'))
  if (money.problem) return rows.reject(cells, rowNumber, [money.problem])
  draft.owner = owner
  // A converted amount is what Baton keeps; one waiting for a rate is held at 0 (only a preview gets this far with one).
  draft.valueMinor = money.original !== null ? (money.valueMinor ?? 0) : draft.valueMinor
  if (warnings.length > 0) rows.warn(rowNumber, warnings)
  // The lookups run inside the import's transaction, so they also find the leads created
  // from earlier rows of the same file: a file that names a person twice is a duplicate too.
  const existing = await writer.parties.existingLead(draft, reader.columns.title !== undefined)
  let action: PreviewLead['action'] = 'create'
  if (existing !== undefined && options.duplicates === 'skip') {
    action = 'skip'
    rows.skip(cells, rowNumber, await duplicateNote(sql, existing, draft, draft.email ? column('email', 'Email') : column('company', 'Company')))
  } else {
    if (existing !== undefined && options.duplicates === 'update') {
      action = 'update'
      await reader.custom.write(kept.values, await updateLead(writer, existing, draft, campaign, placement))
      outcome.updated++
    } else {
      await reader.custom.write(kept.values, await createLead(writer, draft, campaign, placement))
      outcome.created++
    }
    if (placement.outcome === 'won') {
      outcome.won++
      outcome.wonValueMinor += draft.valueMinor ?? 0
    } else if (placement.outcome === 'lost') outcome.lost++
  }
  if (outcome.preview.length < PREVIEW_ROWS) outcome.preview.push(previewOf(rowNumber, action, draft, refs.campaignName(campaign), placement, money, CustomColumns.preview(kept.values)))
}

/** A row of a people or organisations file: a contact matched, updated or made, and no lead. */
async function importContact(
  reader: RowReader,
  contacts: ContactRows,
  row: { draft: LeadDraft; campaign: number | null; kept: ReturnType<CustomColumns['read']>; warnings: CellNote[]; cells: readonly string[]; rowNumber: number; campaignName: string | null },
): Promise<void> {
  const { rows } = reader
  if (row.warnings.length > 0) rows.warn(row.rowNumber, row.warnings)
  const done = await contacts.write(row.draft, row.campaign, reader.options.duplicates)
  if (done.existing) {
    const column = row.draft.personName === null ? reader.column('company', 'Company') : row.draft.email ? reader.column('email', 'Email') : reader.column('personName', 'Name')
    rows.skip(row.cells, row.rowNumber, await contactSkipNote(contacts.db, done.existing, column))
  } else {
    await reader.custom.write(row.kept.values, done.records)
    if (done.action === 'update') rows.outcome.updated++
    else rows.outcome.created++
  }
  if (rows.outcome.preview.length < PREVIEW_ROWS) rows.outcome.preview.push(contactPreview(row.rowNumber, done, row.draft, row.campaignName, CustomColumns.preview(row.kept.values)))
}

async function createLead({ sql, refs, parties, now, zone }: LeadWriter, draft: LeadDraft, campaignId: number | null, placement: Placement): Promise<RowRecords> {
  const { stage } = placement
  const { createdAt, closedAt } = leadTimes(draft, placement, now, zone)
  const position = await refs.nextPosition(stage.id)
  const organizationId = await parties.organization(draft.company, draft.owner, true, draft)
  const personId = await parties.person(draft, organizationId, campaignId)
  // Positional parameters, in the statement's column order: better-sqlite3 binds them quicker than named ones.
  const leadId = Number(await sql.insertLead.get(personId, organizationId, campaignId, refs.pipelineId, stage.id, position, draft.valueMinor ?? 0, draft.owner, draft.notes, createdAt, now, closedAt ?? createdAt, placement.expectedCloseOn, closedAt, placement.lostReason, draft.title))
  if (closedAt !== null) await writeClosingHistory(sql, leadId, placement, createdAt, closedAt)
  // The history of open leads, touchpoints and the batch's record of created leads are written set-wise at the end (recordCreated).
  return { lead: leadId, person: personId, organization: organizationId }
}

/**
 * Fills in what the file has; keeps what it leaves empty. The lead as it was is kept for undo
 * — unless this import created it from an earlier row of the file: undo removes it whole, and
 * its one creation record (written at the end) names the stage it ends up in.
 */
async function updateLead(writer: LeadWriter, leadId: number, draft: LeadDraft, campaignId: number | null, placement: Placement): Promise<RowRecords> {
  const { db, sql, refs, parties, batchId, lastIdBefore, now, zone } = writer
  const { stage } = placement
  const createdHere = leadId > lastIdBefore
  const before = (await sql.leadRow.get<Record<string, unknown> & { person_id: number | null; organization_id: number | null }>(leadId))!
  // A second row of the file for a lead this import already updated: the record of how it was before the import stays.
  const recorded = createdHere ? undefined : await sql.batchLeadBefore.get<string>(batchId, leadId)
  const person: PersonBefore | null = createdHere || recorded !== undefined ? null : await parties.before(before.person_id)
  const who = await parties.update(before, draft, campaignId)
  // A lead this import made is removed whole by undo; its organisation's details stay as its first row left them.
  const organization: OrganizationBefore | null = createdHere ? null : await parties.updateOrganization(who.organizationId, draft, (who.organizationId ?? 0) > writer.lastOrganizationBefore)
  const set: Record<string, unknown> = {
    person_id: who.personId,
    organization_id: who.organizationId,
    ...(campaignId !== null && { source_campaign_id: campaignId }),
    ...(draft.owner !== null && { owner: draft.owner }),
    ...(draft.notes !== null && { notes: draft.notes }),
    ...(draft.title !== null && { title: draft.title }),
    ...(draft.valueMinor !== null && { value_minor: draft.valueMinor }),
    ...(placement.expectedCloseOn !== null && { expected_close_on: placement.expectedCloseOn }),
    updated_at: now,
  }
  let historyId: number | null = recorded === undefined ? null : (JSON.parse(recorded) as { historyId: number | null }).historyId
  if ((draft.stage !== null || draft.status !== null) && stage.id !== before['stage_id']) {
    // A lead the file closes moves on the day the file says; any other move is the import's, today.
    const closedAt = closeInstant(placement, now, zone)
    const enteredAt = closedAt ?? (createdHere ? (before['created_at'] as string) : now)
    Object.assign(set, {
      stage_id: stage.id,
      pipeline_id: refs.pipelineId,
      position: await refs.nextPosition(stage.id),
      stage_entered_at: enteredAt,
      closed_at: closedAt,
      lost_reason: placement.lostReason,
      ...(closedAt !== null && closedAt < (before['created_at'] as string) && { created_at: closedAt }),
    })
    if (createdHere) {
      // Its history is written afresh: opened and closed now, or (open) at the end with the others.
      await sql.deleteLeadHistory.run(leadId)
      if (closedAt !== null) await writeClosingHistory(sql, leadId, placement, (set['created_at'] as string | undefined) ?? (before['created_at'] as string), closedAt)
    } else if (historyId !== null) {
      // One history row for the import's net move, from the stage the lead was in before it (gone if it moved back).
      if ((await sql.historyFrom.get(historyId)) === stage.id) {
        await sql.deleteHistory.run(historyId)
        historyId = null
      } else await sql.retargetHistory.run(stage.id, stage.name, stage.kind, enteredAt, historyId)
    } else {
      const fromName = (await sql.stageName.get<string>(before['stage_id'])) ?? null
      historyId = Number(await sql.history.get(leadId, before['stage_id'], stage.id, fromName, stage.name, stage.kind, enteredAt))
    }
  }
  const columns = Object.keys(set)
  await db.prepare(`UPDATE leads SET ${columns.map((c) => `${c} = ?`).join(', ')}, version = version + 1 WHERE id = ?`).run(...Object.values(set), leadId)
  const records = { lead: leadId, person: who.personId, organization: who.organizationId }
  if (createdHere) return records
  if (recorded === undefined) await sql.batchLead.run(batchId, leadId, 'updated', JSON.stringify({ row: before, person, organization, tags: person?.tags ?? [], historyId }))
  else {
    // A later row of the file changed the organisation first seen here: its first state goes with this lead's record.
    const record = { ...(JSON.parse(recorded) as Record<string, unknown>), historyId, ...(organization !== null && { organization }) }
    await sql.rewriteBatchLead.run(JSON.stringify(record), batchId, leadId)
  }
  return records
}
