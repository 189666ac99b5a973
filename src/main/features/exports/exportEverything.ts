import { rm } from 'node:fs/promises'
import type { OpenDatabase } from '../../db/open'
import { writeSoloCopy } from '../workspace-copy/workspaceCopy.service'
import { tempNameFor, throwIfCancelled } from './files'
import { writeEverythingZip, type ZipProgress } from './zipEverything'

/**
 * "Export everything" for the open workspace, solo or team: the same zip either way. A solo
 * workspace is read from its data file. A team workspace is first written from one consistent
 * snapshot into a solo file (the offline-copy writer), hidden beside the zip so it stays on the
 * disk the person chose, and the zip is built from that file, which goes once the zip is written.
 */
export async function exportEverything(database: OpenDatabase, target: string, options: ZipProgress = {}): Promise<{ tables: number; rows: number }> {
  if (database.engine === 'sqlite') return writeEverythingZip(database.file, target, options)
  const snapshot = tempNameFor(target.replace(/\.zip$/i, '.snapshot.sqlite'))
  try {
    options.onProgress?.(0, 1, 'Taking a snapshot of the team workspace')
    await writeSoloCopy(database, snapshot)
    throwIfCancelled(options.signal)
    return await writeEverythingZip(snapshot, target, options)
  } finally {
    for (const file of [snapshot, `${snapshot}.partial`, `${snapshot}-wal`, `${snapshot}-shm`]) await rm(file, { force: true })
  }
}
