import { join } from 'node:path'
import { DATABASE_FILE_NAME, openDatabase, type OpenDatabase } from './db/open'
import type { HandlerContext } from './features/context'
import { handlers } from './handlers'
import { createDispatch, type Dispatch } from './ipc/dispatch'

export interface Workspace {
  database: OpenDatabase
  context: HandlerContext
  dispatch: Dispatch
  close(): Promise<void>
}

/** Opens the workspace in `dataDir` and wires the handler table to it. Plain Node: the app and the tests share it. */
export async function openWorkspace(dataDir: string, appVersion: string): Promise<Workspace> {
  const database = await openDatabase(join(dataDir, DATABASE_FILE_NAME))
  const context: HandlerContext = { db: database.db, dataFile: database.file, appVersion }
  return { database, context, dispatch: createDispatch(context, handlers), close: () => database.close() }
}
