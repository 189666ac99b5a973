import { open } from 'node:fs/promises'
import { csvLine, UTF8_BOM, type CsvCell } from './csv'
import { breathe, throwIfCancelled, writeAtomically } from './files'

export interface ExportOptions {
  signal?: AbortSignal
  /** Rows written so far (called once per chunk). */
  onRows?: (written: number) => void
}

/** Rows arrive in chunks (a page of a keyset query) so a big table never sits in memory whole. */
export type RowChunks = AsyncIterable<ReadonlyArray<readonly CsvCell[]>> | Iterable<ReadonlyArray<readonly CsvCell[]>>

/** Writes a CSV file chunk by chunk, yielding to the event loop between chunks; all or nothing. */
export async function writeCsvFile(target: string, header: readonly string[], chunks: RowChunks, options: ExportOptions = {}): Promise<number> {
  let written = 0
  await writeAtomically(target, async (temp) => {
    const file = await open(temp, 'wx')
    try {
      await file.write(UTF8_BOM + csvLine(header))
      for await (const chunk of chunks) {
        throwIfCancelled(options.signal)
        let text = ''
        for (const row of chunk) text += csvLine(row)
        await file.write(text)
        written += chunk.length
        options.onRows?.(written)
        await breathe()
      }
      throwIfCancelled(options.signal)
    } finally {
      await file.close()
    }
  })
  return written
}
