import { ReportSettings, type Branding, type SavedReport } from '@shared/contract/reports'
import { nowIso } from '@shared/domain/dates'
import { AppError, notFound } from '@shared/errors'
import { engineErrorKind } from '../../db/dialect/errors'
import type { Db } from '../context'

export async function readBranding(db: Db): Promise<Branding> {
  const row = await db.selectFrom('settings').select(['firm_name', 'currency', 'locale']).where('id', '=', 1).executeTakeFirst()
  return { firmName: row?.firm_name ?? '', currency: row?.currency ?? 'USD', locale: row?.locale ?? 'en-US' }
}

export async function setFirmName(db: Db, firmName: string): Promise<Branding> {
  await db.updateTable('settings').set({ firm_name: firmName, updated_at: nowIso() }).where('id', '=', 1).execute()
  return readBranding(db)
}

export async function lastExportFolder(db: Db): Promise<string | null> {
  const row = await db.selectFrom('settings').select('last_export_dir').where('id', '=', 1).executeTakeFirst()
  return row?.last_export_dir ?? null
}

/** Remembers where exports went. In a team workspace only owners may write settings: for others the folder is simply not remembered. */
export async function rememberExportFolder(db: Db, folder: string): Promise<void> {
  try {
    await db.updateTable('settings').set({ last_export_dir: folder }).where('id', '=', 1).execute()
  } catch (error) {
    if (engineErrorKind(error) !== 'forbidden') throw error
  }
}

interface SavedRow {
  id: number
  name: string
  settings: string
  updated_at: string
}

// A saved report whose settings no longer parse (an older build's shape) is skipped, not an error.
function toSaved(row: SavedRow): SavedReport | null {
  const parsed = ReportSettings.safeParse(JSON.parse(row.settings))
  return parsed.success ? { id: row.id, name: row.name, settings: parsed.data, updatedAt: row.updated_at } : null
}

export async function listSavedReports(db: Db): Promise<SavedReport[]> {
  const rows = await db.selectFrom('saved_reports').select(['id', 'name', 'settings', 'updated_at']).orderBy('name').execute()
  return rows.map(toSaved).filter((saved): saved is SavedReport => saved !== null)
}

/** Saves under a name; saving again under the same name (any case) replaces it. */
export async function saveReport(db: Db, name: string, settings: ReportSettings): Promise<SavedReport> {
  const now = nowIso()
  const text = JSON.stringify(settings)
  const row = await db
    .insertInto('saved_reports')
    .values({ name, kind: settings.kind, settings: text, created_at: now, updated_at: now })
    .onConflict((oc) => oc.column('name').doUpdateSet({ name, kind: settings.kind, settings: text, updated_at: now }))
    .returning(['id', 'name', 'settings', 'updated_at'])
    .executeTakeFirstOrThrow()
  const saved = toSaved(row)
  if (!saved) throw new AppError('internal', 'The report settings could not be read back.')
  return saved
}

export async function deleteSavedReport(db: Db, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('saved_reports').where('id', '=', id).executeTakeFirst()
  if (Number(result.numDeletedRows) === 0) throw notFound('That saved report')
  return { id }
}
