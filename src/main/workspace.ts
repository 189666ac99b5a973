import { join } from 'node:path'
import { DATABASE_FILE_NAME, type OpenDatabase } from './db/open'
import { DataSafety } from './features/backups/data-safety'
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
  safety: DataSafety
  imports: ImportJobs
  close(): Promise<void>
}

export interface WorkspaceOptions {
  platform?: Platform
  /** Backups on start and hourly: the app turns them on; tests and scripts that open many workspaces leave them off. */
  automaticBackups?: boolean
}

/**
 * Opens the workspace in `dataDir` and wires the handler table to it. Plain Node: the app
 * and the tests share it. A damaged file does not throw: the workspace opens in recovery
 * mode (every call but the recovery ones answers that the file is damaged).
 */
export async function openWorkspace(dataDir: string, appVersion: string, options: WorkspaceOptions = {}): Promise<Workspace> {
  const safety = new DataSafety({ dataFile: join(dataDir, DATABASE_FILE_NAME), automatic: options.automaticBackups ?? false })
  await safety.open()
  const imports = new ImportJobs({
    dataFile: () => safety.dataFile,
    beforeImport: async () => {
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
