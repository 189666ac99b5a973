import type { ImportOutcome, RowProblem } from '@shared/domain/importResults'
import type { rejectedWriter } from './import.shared'
import type { TooLong } from './csvRows'
import type { ImportHooks } from './import.shared'
import { Footers, type Table } from './sheet'
import { isBlankRow, type RowSource } from './source'

// What an import tells about its rows as it reads them: the rejected ones (with every reason),
// the duplicates it skipped, the rows it took with a warning and the ones under the table it
// left out — the first of each listed for the screen, every rejected and skipped row in a CSV.

const LISTED = 200
/** Progress is told, and a cancel heard, every this many rows. */
const PROGRESS_EVERY = 2_000

type RowsFile = ReturnType<typeof rejectedWriter>

export interface CellNote {
  column: string
  reason: string
}

export class RowOutcome {
  constructor(
    readonly outcome: ImportOutcome,
    private rejectedRows: RowsFile,
    private skippedRows: RowsFile,
  ) {}

  reject(cells: readonly string[], row: number, problems: readonly CellNote[]): void {
    this.outcome.rejected++
    for (const problem of problems) if (this.outcome.problems.length < LISTED) this.outcome.problems.push({ row, ...problem } satisfies RowProblem)
    this.rejectedRows.add(cells, row, problems.map((p) => `${p.column}: ${p.reason}`).join('; '))
  }

  skip(cells: readonly string[], row: number, why: CellNote): void {
    this.outcome.skipped++
    if (this.outcome.skippedRows.length < LISTED) this.outcome.skippedRows.push({ row, ...why })
    this.skippedRows.add(cells, row, why.reason)
  }

  warn(row: number, warnings: readonly CellNote[]): void {
    for (const warning of warnings) if (this.outcome.warnings.length < LISTED) this.outcome.warnings.push({ row, ...warning })
  }

  leaveOut(row: number, text: string): void {
    if (this.outcome.leftOut.length < LISTED) this.outcome.leftOut.push({ row, text: text.slice(0, 80) })
  }
}

/** The cells of a row that hold characters the file's encoding could not read, and how many. */
export function unreadableCells(cells: readonly string[], headers: readonly string[], mapped: readonly number[]): CellNote[] {
  const notes: CellNote[] = []
  for (const column of mapped) {
    const cell = cells[column]
    if (!cell || !cell.includes('\ufffd')) continue
    const count = cell.split('\ufffd').length - 1
    notes.push({ column: headers[column] ?? `Column ${column + 1}`, reason: `${count === 1 ? '1 character' : `${count} characters`} could not be read in the file’s encoding and show as “�”` })
  }
  return notes
}

/**
 * Whether a row is one to import (and counted as read): blank rows are passed over, totals and
 * report footers left out with a note, and a row too long to read rejected (the reader skipped it
 * in the file rather than hold it).
 */
export function isRowToRead(rows: RowOutcome, tooLong: WeakMap<readonly string[], TooLong>, footers: Footers, cells: string[], row: number): boolean {
  const long = cells.length === 0 ? tooLong.get(cells) : undefined
  if (long !== undefined) {
    rows.outcome.rowsRead++
    rows.reject(cells, row, [{ column: 'Row', reason: `This row is ${long.length.toLocaleString('en-US')} characters long, too long to read (a cell holds up to 10,000): it was left out` }])
    return false
  }
  if (isBlankRow(cells)) return false
  const leftOut = footers.leftOut(cells)
  if (leftOut !== null) {
    rows.leaveOut(row, leftOut)
    return false
  }
  rows.outcome.rowsRead++
  return true
}

/**
 * Hands each row to import to `onRow` with its spreadsheet row number (blank rows, totals, footers
 * and rows too long to read dealt with here), telling progress and yielding to hear a cancel every
 * PROGRESS_EVERY rows. False when the import was cancelled (the file is closed; the caller rolls back).
 */
export async function eachRow(
  table: Table,
  source: RowSource,
  rows: RowOutcome,
  hooks: ImportHooks,
  onRow: (cells: string[], row: number, unreadable: boolean) => void | Promise<void>,
): Promise<boolean> {
  const footers = new Footers()
  const { outcome } = rows
  let row = table.headerRow
  for await (const batch of table.batches) {
    const unreadable = source.sawUnreadable()
    for (const cells of batch) {
      row++
      if (!isRowToRead(rows, source.tooLong, footers, cells, row)) continue
      if (outcome.rowsRead % PROGRESS_EVERY === 0) {
        hooks.onProgress(outcome.rowsRead, source.bytesRead(), source.totalBytes)
        await new Promise((resolve) => setImmediate(resolve))
        if (hooks.isCancelled()) {
          await table.close()
          return false
        }
      }
      await onRow(cells, row, unreadable)
    }
  }
  hooks.onProgress(outcome.rowsRead, source.totalBytes, source.totalBytes)
  return true
}
