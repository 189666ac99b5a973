import { join } from 'node:path'
import { AppError } from '@shared/errors'
import { isServerAddress } from './db/errors'
import type { OnMigrationProgress } from './db/migrate'
import { DATABASE_FILE_NAME, type OpenDatabase } from './db/open'
import { openPostgres } from './db/open-postgres'
import { DataSafety, type WorkspaceSafety } from './features/backups/data-safety'
import { ServerSafety } from './features/backups/server-safety'
import type { HandlerContext } from './features/context'
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
}

/** Where a workspace lives: its data folder (a solo workspace, `baton.sqlite` inside), or a postgres:// address. */
export type WorkspaceTarget = string

// The import worker opens its own SQLite connection to the file; it has none to a server.
const soloImportsOnly = () => {
  throw new AppError('rule', 'This version of Baton imports files into a solo workspace only: this workspace is on a PostgreSQL server.')
}

async function openSafety(target: WorkspaceTarget, automatic: boolean, onMigrationProgress: OnMigrationProgress | undefined): Promise<WorkspaceSafety> {
  if (isServerAddress(target)) return new ServerSafety(await openPostgres(target, { ...(onMigrationProgress && { onMigrationProgress }) }))
  const safety = new DataSafety({ dataFile: join(target, DATABASE_FILE_NAME), automatic, ...(onMigrationProgress && { onMigrationProgress }) })
  await safety.open()
  return safety
}

/**
 * Opens the workspace at `target` and wires the handler table to it. Plain Node: the app
 * and the tests share it. A damaged solo file does not throw: the workspace opens in recovery
 * mode (every call but the recovery ones answers that the file is damaged).
 */
export async function openWorkspace(target: WorkspaceTarget, appVersion: string, options: WorkspaceOptions = {}): Promise<Workspace> {
  const safety = await openSafety(target, options.automaticBackups ?? false, options.onMigrationProgress)
  const solo = safety instanceof DataSafety
  const imports = new ImportJobs({
    dataFile: () => (solo ? safety.dataFile : soloImportsOnly()),
    beforeImport: async () => {
      if (!solo) soloImportsOnly()
      await safety.backup('before-import')
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
    safety,
    imports,
  }
  return {
    get database() {
      return safety.database
    },
    context,
    dispatch: createDispatch(context, handlers),
    safety,
    imports,
    async close() {
      await imports.close()
      await safety.close()
    },
  }
}
