import { isServerAddress } from './db/errors'
import type { OnMigrationProgress } from './db/migrate'
import { soloDataFile, type OpenDatabase, type PostgresDatabase } from './db/open'
import { openPostgres, type ServerTarget } from './db/open-postgres'
import { DataSafety, type WorkspaceSafety } from './features/backups/data-safety'
import { ServerSafety } from './features/backups/server-safety'
import { openTeamLink, type AppEventSink } from './features/live/live-events'
import { detachedSession, type HandlerContext, type WorkspaceSession } from './features/context'
import { ImportJobs } from './features/imports/import.jobs'
import { handlers } from './handlers'
import { createDispatch, type Dispatch } from './ipc/dispatch'
import { headlessPlatform, type Platform } from './platform/platform'

export interface Workspace {
  /** The open database; it is a new one after a restore. Throws while the file is damaged. */
  readonly database: OpenDatabase
  context: HandlerContext
  dispatch: Dispatch
  safety: WorkspaceSafety
  imports: ImportJobs
  close(): Promise<void>
}

export interface WorkspaceOptions {
  platform?: Platform
  /** Backups on start and hourly: the app turns them on; tests and scripts that open many workspaces leave them off. */
  automaticBackups?: boolean
  /** Told how far an upgrade of the data has got while it opens (start-up's "Upgrading your workspace" screen). */
  onMigrationProgress?: OnMigrationProgress
  /** The app around the workspace (switching to another one); scripts and tests have none. */
  session?: WorkspaceSession
  /** Where a team workspace's live events go (the window); without it no link is kept. */
  events?: AppEventSink
  /** A team workspace's backups on this computer: their folder, and whether this computer (the host) makes one hourly. */
  teamBackups?: { folder: string; hourly: boolean }
}

/**
 * Where a workspace lives: its data folder (a solo workspace, `baton.sqlite` inside) or a solo file, a
 * postgres:// address, a server with how to trust it, or a team database already opened.
 */
export type WorkspaceTarget = string | ServerTarget | PostgresDatabase

const isOpenDatabase = (target: WorkspaceTarget): target is PostgresDatabase => typeof target === 'object' && 'engine' in target

async function openSafety(target: WorkspaceTarget, automatic: boolean, options: WorkspaceOptions): Promise<WorkspaceSafety> {
  const { onMigrationProgress, teamBackups } = options
  const progress = { ...(onMigrationProgress && { onMigrationProgress }) }
  const backups = teamBackups ? { folder: teamBackups.folder, hourly: teamBackups.hourly } : {}
  if (typeof target === 'object') return new ServerSafety(isOpenDatabase(target) ? target : await openPostgres(target, progress), backups)
  if (isServerAddress(target)) return new ServerSafety(await openPostgres(target, progress), backups)
  const safety = new DataSafety({ dataFile: soloDataFile(target), automatic, ...progress })
  await safety.open()
  return safety
}

/**
 * Opens the workspace at `target` and wires the handler table to it. Plain Node: the app
 * and the tests share it. A damaged solo file does not throw: the workspace opens in recovery
 * mode (every call but the recovery ones answers that the file is damaged).
 */
export async function openWorkspace(target: WorkspaceTarget, appVersion: string, options: WorkspaceOptions = {}): Promise<Workspace> {
  const safety = await openSafety(target, options.automaticBackups ?? false, options)
  const solo = safety instanceof DataSafety
  const imports = new ImportJobs({
    target: () => (safety instanceof ServerSafety ? { engine: 'postgres', pool: safety.database.pool } : { engine: 'sqlite', file: safety.dataFile }),
    // A team workspace's server keeps its own backups.
    beforeImport: async () => {
      if (solo) await safety.backup('before-import')
    },
  })
  const context: HandlerContext = {
    // A getter: after a restore the same context reaches the new connection.
    get db() {
      return safety.database.db
    },
    dataFile: safety.dataFile,
    appVersion,
    platform: options.platform ?? headlessPlatform,
    session: options.session ?? detachedSession((options.platform ?? headlessPlatform).keychain),
    safety,
    imports,
  }
  const link = options.events && safety instanceof ServerSafety ? await openTeamLink(safety.database, options.events) : null
  return {
    get database() {
      return safety.database
    },
    context,
    dispatch: createDispatch(context, handlers),
    safety,
    imports,
    async close() {
      await link?.stop()
      await imports.close()
      await safety.close()
    },
  }
}
