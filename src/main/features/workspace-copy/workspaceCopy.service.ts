import { existsSync, renameSync, rmSync } from 'node:fs'
import { sql } from 'kysely'
import { AppError } from '@shared/errors'
import { openDatabase, type OpenDatabase } from '../../db/open'
import type { Db } from '../context'
import { copyTables, figuresDiffer, type TableFigures } from './copy-tables'

// Moving a workspace in and out of a team server: the solo file into an empty PostgreSQL
// database ("Move this workspace to the team server"), and a team workspace into a new solo file
// ("Save an offline copy", and the team's backups). Both copy every table with its ids, check
// each table's rows and money sums on both sides, and commit only when they match.

/** What a copy did, for the message the person reads. */
export interface CopySummary {
  /** Where the copy went: the server's address without its password, or the file. */
  to: string
  tables: number
  rows: number
  leads: number
}

const summarize = (to: string, figures: readonly TableFigures[]): CopySummary => ({
  to,
  tables: figures.length,
  rows: figures.reduce((sum, f) => sum + f.rows, 0),
  leads: figures.find((f) => f.table === 'leads')?.rows ?? 0,
})

// The records a person makes: a database holding any of them holds a workspace already.
const RECORD_TABLES = ['leads', 'people', 'organizations', 'campaigns', 'goals', 'activities'] as const

async function recordsIn(db: Db): Promise<number> {
  let total = 0
  for (const table of RECORD_TABLES) {
    const { rows } = await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db)
    total += Number(rows[0]?.n ?? 0)
  }
  return total
}

class CopyMismatch extends Error {}

async function copyChecked(source: Db, target: Db, to: string): Promise<CopySummary> {
  const { from, to: copied } = await copyTables(source, target)
  const difference = figuresDiffer(from, copied)
  // Thrown inside the target's transaction: nothing of the copy is kept.
  if (difference) throw new CopyMismatch(`The copy did not match the workspace (${difference}), so nothing was kept.`)
  return summarize(to, from)
}

/**
 * Copies the solo workspace `solo` into the team database `server` (opened, so migrated to
 * this build's version) in one transaction, checked table by table before it commits. The
 * server's database must hold no records yet; on any failure it is left as it was, and the
 * solo file is never changed.
 */
export async function moveToServer(solo: OpenDatabase, server: OpenDatabase): Promise<CopySummary> {
  if (server.engine !== 'postgres') throw new AppError('rule', 'A workspace moves to a team server: choose a PostgreSQL database.')
  const existing = await recordsIn(server.db)
  if (existing > 0) {
    throw new AppError('conflict', `The team database at ${server.address} already holds a workspace (${existing} records): Baton moves a workspace only into an empty one, so nothing was copied.`)
  }
  return copyIntoServer(solo, server, 'move this workspace to')
}

/**
 * Puts a solo workspace's data (a team backup) in place of everything on the team server, in
 * one transaction checked table by table: on any failure the server keeps what it had.
 */
export async function restoreIntoServer(backup: OpenDatabase, server: OpenDatabase): Promise<CopySummary> {
  return copyIntoServer(backup, server, 'restore the backup to')
}

interface TeamLogin {
  name: string
  email: string | null
  login: string
  created_at: string
}

/**
 * The server's members sign in with logins that live on the server, not in the data: after a
 * copy the team list is the copied one, and each login goes back to its person (matched by
 * name, added when the copy has no such person); a login the copy names but the server no
 * longer has (a member removed since a backup) is dropped.
 */
async function keepLogins(trx: Db, logins: readonly TeamLogin[]): Promise<void> {
  await trx.updateTable('team_members').set({ login: null }).where('login', 'is not', null).execute()
  for (const member of logins) {
    const same = await trx.selectFrom('team_members').select('id').where(sql<boolean>`lower(name) = lower(${member.name})`).executeTakeFirst()
    if (same) await trx.updateTable('team_members').set({ login: member.login, archived_at: null }).where('id', '=', same.id).execute()
    else await trx.insertInto('team_members').values(member).execute()
  }
}

async function copyIntoServer(source: OpenDatabase, server: OpenDatabase, what: string): Promise<CopySummary> {
  try {
    return await source.db.transaction().execute((snapshot) =>
      server.db.transaction().execute(async (trx) => {
        const logins = await trx.selectFrom('team_members').select(['name', 'email', 'login', 'created_at']).where('login', 'is not', null).execute()
        const summary = await copyChecked(snapshot, trx, server.address)
        await keepLogins(trx, logins as TeamLogin[])
        return summary
      }),
    )
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    if (error instanceof CopyMismatch) throw new AppError('rule', `Couldn't ${what} ${server.address}: ${detail} The workspace on this computer is unchanged.`)
    throw new AppError('database', `Couldn't ${what} ${server.address}: ${detail}. Nothing was changed on the server; the workspace on this computer is unchanged.`)
  }
}

/**
 * Writes the workspace `source` (a team workspace, read from one consistent snapshot) into a new
 * solo file at `file`, migrated to this build's version, that opens in Baton and in any SQLite
 * tool. The file appears whole or not at all: it is written beside, then renamed into place.
 */
export async function writeSoloCopy(source: OpenDatabase, file: string): Promise<CopySummary> {
  const partial = `${file}.partial`
  for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(leftover, { force: true })
  const target = await openDatabase(partial)
  let summary: CopySummary
  try {
    // REPEATABLE READ on PostgreSQL: every table is read as it stood when the first was.
    const begin = source.db.transaction()
    summary = await (source.engine === 'postgres' ? begin.setIsolationLevel('repeatable read') : begin).execute((snapshot) => target.db.transaction().execute((trx) => copyChecked(snapshot, trx, file)))
  } catch (error) {
    await target.close()
    rmSync(partial, { force: true })
    if (error instanceof AppError) throw error
    const detail = error instanceof Error ? error.message : String(error)
    throw new AppError('database', `Couldn't write a copy of the workspace to ${file}: ${detail}`)
  }
  // Closing the last connection folds the write-ahead log into the file: one file to hand over.
  await target.close()
  if (existsSync(file)) rmSync(file)
  renameSync(partial, file)
  return summary
}
