import { closeSync, openSync, writeSync } from 'node:fs'
import Papa from 'papaparse'
import type { ImportOutcome } from '@shared/domain/importResults'
import type { ImportOptions } from '@shared/domain/imports'
import { fileShape } from './headers'
import type { ImportConnection } from './importConnection'

// What the leads and the campaigns import share: the request and its hooks, the CSV of rows
// left out, and the mapping remembered for files of the same shape.

export interface ImportRequest {
  file: string
  options: ImportOptions
  mode: 'preview' | 'import'
  /** Where the rejected rows are written as CSV (the original cells plus row number and problem). */
  rejectedFile: string
  /** Where the rows skipped as duplicates are written the same way (beside the rejected ones when not given). */
  skippedFile?: string
}

export const skippedFileOf = (request: ImportRequest) => request.skippedFile ?? `${request.rejectedFile.replace(/\.csv$/i, '')}-skipped.csv`

export interface ImportHooks {
  onProgress(rowsRead: number, bytesRead: number, totalBytes: number): void
  isCancelled(): boolean
}

export type ImportResult = { status: 'done'; outcome: ImportOutcome; batchId: number | null } | { status: 'cancelled' }

/** Writes rejected (or skipped) rows as CSV as they come, so a file with a million bad rows costs no memory. */
export function rejectedWriter(file: string, headers: string[], why = 'Problem') {
  const fd = openSync(file, 'w')
  let buffer = ''
  const flush = () => {
    if (buffer) writeSync(fd, buffer)
    buffer = ''
  }
  const line = (cells: string[]) => {
    buffer += Papa.unparse([cells], { newline: '\r\n' }) + '\r\n'
    if (buffer.length > 1 << 16) flush()
  }
  line([...headers, 'Row', why])
  return {
    add(cells: readonly string[], row: number, problem: string) {
      line([...headers.map((_, i) => cells[i] ?? ''), String(row), problem])
    },
    close() {
      flush()
      closeSync(fd)
    },
  }
}

export async function rememberMapping(db: ImportConnection, headers: string[], options: ImportOptions, now: string): Promise<void> {
  const { mapping, ...rest } = options
  await db.prepare(
    `INSERT INTO import_mappings (shape, mapping, options, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (shape) DO UPDATE SET mapping = excluded.mapping, options = excluded.options, updated_at = excluded.updated_at`,
  ).run(fileShape(headers), JSON.stringify(mapping), JSON.stringify({ duplicates: rest.duplicates, dayOrder: rest.dayOrder, decimalMark: rest.decimalMark, kind: rest.kind, valueMap: rest.valueMap }), now)
}
