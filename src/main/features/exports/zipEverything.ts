import { createReadStream } from 'node:fs'
import { open, rm, stat } from 'node:fs/promises'
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate'
import { csvLine, UTF8_BOM } from './csv'
import { breathe, tempNameFor, throwIfCancelled, writeAtomically } from './files'
import { partyViewsWith, type DumpField } from './partyViews'
import { openSnapshot } from './tableDump'

export interface ZipProgress {
  signal?: AbortSignal
  /** Work done and expected, in rows (the database copy counts as a tenth of the rows, at least 1,000). */
  onProgress?: (done: number, total: number, message: string) => void
}

/**
 * Writes one zip: every table as `<table>.csv` (RFC 4180, UTF-8 with BOM, formulas neutralised),
 * people and organisations once more one row each with all their emails, phones, tags and
 * aliases and a column per custom field (partyViews.ts), and `baton.sqlite`, a consistent copy of the data file. All or nothing.
 */
export async function writeEverythingZip(dataFile: string, target: string, options: ZipProgress = {}): Promise<{ tables: number; rows: number }> {
  const snapshot = openSnapshot(dataFile, (query) => partyViewsWith(query('SELECT id, entity, label, type, archived_at FROM custom_fields ORDER BY entity, position, id') as DumpField[]))
  const copy = tempNameFor(target.replace(/\.zip$/i, '.sqlite'))
  try {
    const rows = snapshot.tables.reduce((sum, table) => sum + table.rows, 0)
    const copyWeight = Math.max(1000, Math.round(rows / 10))
    const total = rows + copyWeight
    let done = 0
    await writeAtomically(target, async (temp) => {
      const file = await open(temp, 'wx')
      let pending: Promise<unknown> = Promise.resolve()
      let failed: unknown
      const zip = new Zip((error, data) => {
        if (error) failed = error
        else pending = pending.then(() => file.write(data))
      })
      const drain = async () => {
        await pending
        if (failed) throw failed instanceof Error ? failed : new Error('The zip could not be written.', { cause: failed })
      }
      try {
        for (const table of snapshot.tables) {
          options.onProgress?.(done, total, `Writing ${table.name}.csv`)
          const entry = new ZipDeflate(`${table.name}.csv`, { level: 6 })
          zip.add(entry)
          entry.push(strToU8(UTF8_BOM + csvLine(table.columns)))
          for (const chunk of snapshot.chunks(table)) {
            throwIfCancelled(options.signal)
            let text = ''
            for (const row of chunk) text += csvLine(row)
            entry.push(strToU8(text))
            done += chunk.length
            options.onProgress?.(done, total, `Writing ${table.name}.csv`)
            await drain()
            await breathe()
          }
          entry.push(new Uint8Array(0), true)
          await drain()
        }
        options.onProgress?.(done, total, 'Copying the data file')
        await snapshot.backupTo(copy)
        throwIfCancelled(options.signal)
        const database = new ZipPassThrough('baton.sqlite')
        zip.add(database)
        const size = (await stat(copy)).size
        let read = 0
        for await (const piece of createReadStream(copy, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
          throwIfCancelled(options.signal)
          database.push(new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength))
          read += piece.byteLength
          options.onProgress?.(done + Math.round((copyWeight * read) / Math.max(1, size)), total, 'Copying the data file')
          await drain()
        }
        database.push(new Uint8Array(0), true)
        zip.end()
        await drain()
      } finally {
        await file.close()
      }
    })
    options.onProgress?.(total, total, 'Done')
    return { tables: snapshot.tables.length, rows }
  } finally {
    snapshot.close()
    await rm(copy, { force: true })
  }
}
