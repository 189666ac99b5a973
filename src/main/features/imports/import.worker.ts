import { parentPort, workerData } from 'node:worker_threads'
import BetterSqlite3 from 'better-sqlite3'
import { IMPORT_PAGE_CACHE_KIB, runImport, type ImportRequest } from './import.run'

// The import's own thread and its own connection: WAL lets the app's connection keep
// reading (and the window keep responding) while this one writes.

export interface WorkerInput {
  dbFile: string
  request: ImportRequest
}

export type WorkerMessage =
  | { type: 'progress'; rowsRead: number; bytesRead: number; totalBytes: number }
  | { type: 'done'; result: Awaited<ReturnType<typeof runImport>> }
  | { type: 'error'; name: string; code: string | undefined; message: string; field: string | undefined }

const port = parentPort
if (!port) throw new Error('import.worker runs only as a worker thread')
const { dbFile, request } = workerData as WorkerInput
let cancelled = false
port.on('message', (message: { type: 'cancel' }) => {
  if (message.type === 'cancel') cancelled = true
})

const post = (message: WorkerMessage) => port.postMessage(message)
let db: BetterSqlite3.Database | undefined
try {
  db = new BetterSqlite3(dbFile, { fileMustExist: true })
  db.pragma('busy_timeout = 5000')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  // As the app's own connection (db/open.ts): statement journals in memory, not a file per insert.
  db.pragma('temp_store = MEMORY')
  db.pragma(`cache_size = -${IMPORT_PAGE_CACHE_KIB}`)
  const result = await runImport(db, request, {
    onProgress: (rowsRead, bytesRead, totalBytes) => post({ type: 'progress', rowsRead, bytesRead, totalBytes }),
    isCancelled: () => cancelled,
  })
  post({ type: 'done', result })
} catch (error) {
  const e = error as { name?: string; code?: unknown; message?: string; field?: unknown }
  post({
    type: 'error',
    name: e.name ?? 'Error',
    code: typeof e.code === 'string' ? e.code : undefined,
    message: e.message ?? String(error),
    field: typeof e.field === 'string' ? e.field : undefined,
  })
} finally {
  db?.close()
  port.close()
}
