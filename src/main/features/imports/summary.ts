import type { FileSummary } from '@shared/domain/importResults'
import { EMPTY_VALUE_MAP, IMPORT_KINDS, MAPPABLE_FIELDS, guessReading, type ColumnMapping, type ImportKind, type MappableField, type TextEncoding, type ValueMap } from '@shared/domain/imports'
import type { Db } from '../context'
import { decideEncoding } from './encoding'
import { fileShape, guessCampaignMapping, guessFileKind, guessMapping } from './headers'
import { HEADER_SCAN, openTable } from './sheet'
import { isBlankRow, openRowSource, readHead } from './source'
import { hintOf } from './values'

// What the mapping step shows of a file, read without reading it whole: its encoding (decided
// from every byte), the row its column names are on, the first rows under it, what each
// column's values say about dates and amounts, and the mapping Baton guesses or remembers.

const SAMPLE_ROWS = 20
/** Rows whose values are read for the date order and decimal mark. */
const HINT_ROWS = 2_000

interface Remembered {
  mapping: ColumnMapping
  kind: ImportKind | null
  valueMap: ValueMap
}

/** The value map saved with a mapping, kept only where its shape is right (older saves have fewer parts). */
function savedValueMap(value: unknown): ValueMap {
  if (typeof value !== 'object' || value === null) return EMPTY_VALUE_MAP
  const map = value as Partial<Record<keyof ValueMap, unknown>>
  const part = (key: keyof ValueMap) => (typeof map[key] === 'object' && map[key] !== null && !Array.isArray(map[key]) ? map[key] : {})
  return { campaign: part('campaign'), stage: part('stage'), owner: part('owner'), status: part('status'), lostReason: part('lostReason') } as ValueMap
}

async function rememberedMapping(db: Db, headers: string[]): Promise<Remembered | null> {
  const row = await db.selectFrom('import_mappings').select(['mapping', 'options']).where('shape', '=', fileShape(headers)).executeTakeFirst()
  if (!row) return null
  const mapping = JSON.parse(row.mapping) as unknown
  const valid = Array.isArray(mapping) && mapping.length === headers.length && mapping.every((f) => f === null || MAPPABLE_FIELDS.includes(f as MappableField))
  if (!valid) return null
  const options = JSON.parse(row.options) as { kind?: unknown; valueMap?: unknown }
  const kind = IMPORT_KINDS.includes(options.kind as ImportKind) ? (options.kind as ImportKind) : null
  return { mapping: mapping as ColumnMapping, kind, valueMap: savedValueMap(options.valueMap) }
}

export interface SummaryChoices {
  /** The row the person says holds the column names; null: Baton finds it. */
  headerRow?: number | null
  /** The encoding the person chose; null: Baton decides it from the file. */
  encoding?: TextEncoding | null
}

/** Reads the top of the file (and settles its encoding): enough to map the columns. */
export async function summarizeFile(db: Db, file: string, choices: SummaryChoices = {}): Promise<FileSummary> {
  const probe = await openRowSource(file)
  const verdict = probe.format === 'csv' ? await decideEncoding(file, await readHead(file), choices.encoding ?? null) : null
  const source = verdict ? await openRowSource(file, { encoding: verdict.encoding }) : probe
  const table = await openTable(source, choices.headerRow ?? null)
  const { headers } = table
  const rows: string[][] = []
  try {
    for await (const batch of table.batches) {
      for (const row of batch) if (!isBlankRow(row) && source.tooLong.get(row) === undefined) rows.push(row)
      if (rows.length >= HINT_ROWS) break
    }
  } finally {
    await table.close()
  }
  const remembered = await rememberedMapping(db, headers)
  const leadGuess = guessMapping(headers)
  const guesses = { leads: leadGuess, campaigns: guessCampaignMapping(headers), contacts: leadGuess }
  const kind = remembered?.kind ?? guessFileKind(headers)
  const mapping = remembered?.mapping ?? guesses[kind]
  const hints = headers.map((_, column) => hintOf(rows.slice(0, HINT_ROWS).map((row) => row[column] ?? '')))
  const reading = guessReading(mapping, hints)
  const cut = (cells: readonly string[]) => cells.map((cell) => cell.slice(0, 200))
  return {
    fileName: source.fileName,
    encoding: source.encoding,
    textEncoding: source.textEncoding,
    unreadable: verdict?.unreadable ?? 0,
    format: source.format,
    headerRow: table.headerRow,
    topRows: table.top
      .map((cells, i) => ({ row: i + 1, cells: cut(cells.slice(0, 12)) }))
      .filter(({ cells }) => !isBlankRow(cells))
      .slice(0, HEADER_SCAN),
    headers,
    sample: rows.slice(0, SAMPLE_ROWS).map((row) => headers.map((_, i) => (row[i] ?? '').slice(0, 200))),
    hints,
    mapping,
    kind,
    guesses,
    valueMap: remembered?.valueMap ?? EMPTY_VALUE_MAP,
    remembered: remembered !== null,
    dayOrder: reading.dayOrder ?? 'dmy',
    decimalMark: reading.decimalMark ?? '.',
  }
}
