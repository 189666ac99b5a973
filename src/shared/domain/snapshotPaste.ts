import Papa from 'papaparse'
import { SNAPSHOT_METRICS, type SnapshotDay, type SnapshotMetric } from './campaignSnapshots'
import { isRealDate } from './dates'

// Reads metric snapshots pasted from a spreadsheet or an ad platform's export (Google Ads,
// Meta Ads, LinkedIn, Mailchimp, Google Analytics): tab-, comma- or semicolon-separated,
// columns recognised by their heading. Runs in the renderer for the preview; main checks
// the days again with the contract's schema when they are saved.

/** Headings as they come out of `normalizeHeading`, best first: when an export has two (Meta's
 * "Link clicks" and "Clicks (all)"), the first one listed wins and the other is ignored. */
const DAY_HEADINGS = ['date', 'day', 'reportingstarts', 'startdate', 'startdateinutc', 'senddate', 'sendtime', 'week', 'daydate']
const METRIC_HEADINGS: Record<SnapshotMetric, string[]> = {
  impressions: ['impressions', 'impr', 'impressionstotal', 'totalimpressions', 'emailssent', 'totalrecipients', 'recipients', 'sent', 'reach'],
  clicks: ['clicks', 'linkclicks', 'clicksall', 'totalclicks', 'uniqueclicks', 'outboundclicks', 'uniquelinkclicks'],
  visits: ['sessions', 'visits', 'websitevisits', 'landingpageviews', 'landingpageclicks', 'pageviews', 'users'],
  engagements: ['engagements', 'engagement', 'opens', 'totalopens', 'uniqueopens', 'postengagement', 'totalengagements', 'interactions'],
}

export const normalizeHeading = (heading: string) =>
  heading
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '')

export interface PastedDay extends SnapshotDay {
  /** The pasted rows (1-based line numbers) this day adds up. */
  rows: number[]
}

export interface PasteError {
  row: number
  column: string
  message: string
}

export interface PasteColumns {
  day: string
  metrics: Partial<Record<SnapshotMetric, string>>
  ignored: string[]
}

export interface PasteResult {
  /** A problem with the paste as a whole (nothing pasted, no headings found); null when rows could be read. */
  problem: string | null
  columns: PasteColumns | null
  /** Days read without error, one per date (rows of the same date added up), oldest first. */
  days: PastedDay[]
  /** Rows left out, with where and why. */
  errors: PasteError[]
  /** "Total" lines and blank lines, which are skipped without complaint. */
  skipped: number
}

const empty = (problem: string): PasteResult => ({ problem, columns: null, days: [], errors: [], skipped: 0 })

function guessDelimiter(text: string): string {
  if (text.includes('\t')) return '\t'
  const head = text.split(/\r?\n/, 12).join('\n')
  const count = (char: string) => head.split(char).length
  return count(';') > count(',') ? ';' : ','
}

interface HeadingMatch {
  index: number
  columns: PasteColumns
  dayIndex: number
  metricIndex: Partial<Record<SnapshotMetric, number>>
}

function matchHeadings(cells: string[]): HeadingMatch | null {
  const normalized = cells.map(normalizeHeading)
  const find = (names: string[]) => {
    for (const name of names) {
      const at = normalized.indexOf(name)
      if (at >= 0) return at
    }
    return -1
  }
  const dayIndex = find(DAY_HEADINGS)
  const metricIndex: Partial<Record<SnapshotMetric, number>> = {}
  const metrics: Partial<Record<SnapshotMetric, string>> = {}
  for (const metric of SNAPSHOT_METRICS) {
    const at = find(METRIC_HEADINGS[metric])
    if (at >= 0) {
      metricIndex[metric] = at
      metrics[metric] = cells[at]?.trim() ?? ''
    }
  }
  if (dayIndex < 0 && Object.keys(metricIndex).length === 0) return null
  const used = new Set([dayIndex, ...Object.values(metricIndex)])
  const ignored = cells.map((c) => c.trim()).filter((c, i) => c !== '' && !used.has(i))
  return { index: -1, dayIndex, metricIndex, columns: { day: dayIndex >= 0 ? (cells[dayIndex]?.trim() ?? '') : '', metrics, ignored } }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const pad = (n: number) => String(n).padStart(2, '0')
const fullYear = (y: number) => (y < 100 ? 2000 + y : y)
const isoOf = (y: number, m: number, d: number) => `${fullYear(y)}-${pad(m)}-${pad(d)}`

const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t\s].*)?$/
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})(?:[t\s].*)?$/
const MONTH_FIRST = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/
const DAY_FIRST = /^(\d{1,2})\.?\s+([a-z]{3,9})\.?,?\s+(\d{4})$/

const monthOf = (name: string) => {
  const at = MONTHS.indexOf(name.slice(0, 3))
  return at < 0 ? null : at + 1
}

/**
 * Whether numeric dates in this column put the day first (31/03/2026): yes when any of them
 * cannot be month-first or they use dots (as European exports do); else month-first, as US
 * exports from Google Ads and Meta write them.
 */
export function dayFirstColumn(values: string[]): boolean {
  for (const value of values) {
    const match = NUMERIC.exec(value.trim())
    if (match && (Number(match[1]) > 12 || match[2] === '.')) return true
  }
  return false
}

/** Reads one date cell to YYYY-MM-DD, or null when it is not a date. */
export function readDay(raw: string, dayFirst = false): string | null {
  const text = raw
    .trim()
    .toLowerCase()
    .replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/, '')
  let iso: string | null = null
  let match = ISO_LIKE.exec(text)
  if (match) iso = isoOf(Number(match[1]), Number(match[2]), Number(match[3]))
  else if ((match = NUMERIC.exec(text))) {
    const [a, b] = [Number(match[1]), Number(match[3])]
    iso = dayFirst ? isoOf(Number(match[4]), b, a) : isoOf(Number(match[4]), a, b)
  } else if ((match = MONTH_FIRST.exec(text))) {
    const month = monthOf(match[1] ?? '')
    iso = month ? isoOf(Number(match[3]), month, Number(match[2])) : null
  } else if ((match = DAY_FIRST.exec(text))) {
    const month = monthOf(match[2] ?? '')
    iso = month ? isoOf(Number(match[3]), month, Number(match[1])) : null
  }
  return iso && isRealDate(iso) ? iso : null
}

const BLANK_COUNT = new Set(['', '-', '--', '—', 'n/a', 'na'])

/** Reads one count cell ("12,480", "1 024", "--"): a whole number, null when blank, or an error message. */
export function readCount(raw: string): number | null | { error: string } {
  const text = raw.trim()
  if (BLANK_COUNT.has(text.toLowerCase())) return null
  const cleaned = text.replace(/[\s\u00a0\u202f',]/g, '').replace(/\.0+$/, '')
  if (/^-\d/.test(cleaned)) return { error: `“${text}” is negative; a count can't be below zero.` }
  if (!/^\d+$/.test(cleaned)) return { error: `“${text}” isn't a whole number.` }
  const value = Number(cleaned)
  if (!Number.isSafeInteger(value) || value > 1e12) return { error: `“${text}” is too large.` }
  return value
}

const isTotalLine = (cells: string[]) => /^(total|totals|grand total)\b/i.test((cells.find((c) => c.trim() !== '') ?? '').trim())

/** Parses pasted text into days to save, with every row it could not read and why. */
export function parseSnapshotPaste(text: string): PasteResult {
  if (text.trim() === '') return empty('Nothing was pasted. Copy the rows from your spreadsheet or export, headings included.')
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: guessDelimiter(text), skipEmptyLines: false })
  const lines = parsed.data

  let heading: HeadingMatch | null = null
  for (let i = 0; i < Math.min(lines.length, 15) && !heading; i++) {
    const match = matchHeadings(lines[i] ?? [])
    if (match && match.dayIndex >= 0 && Object.keys(match.metricIndex).length > 0) heading = { ...match, index: i }
    else if (match && !heading) {
      const found = match.dayIndex >= 0 ? `the date column “${match.columns.day}”` : `“${Object.values(match.columns.metrics).join('”, “')}”`
      return empty(
        match.dayIndex >= 0
          ? `Found ${found} but no column Baton can read as impressions, clicks, visits (sessions) or opens (engagements).`
          : `Found ${found} but no date column. Add a column named Date or Day.`,
      )
    }
  }
  if (!heading) {
    return empty('Couldn’t find the column headings. The first row should name the columns, for example: Date, Impressions, Clicks, Sessions, Opens.')
  }

  const { dayIndex, metricIndex, columns } = heading
  const rows = lines.slice(heading.index + 1).map((cells, i) => ({ cells, row: heading.index + i + 2 }))
  const dayFirst = dayFirstColumn(rows.map((r) => r.cells[dayIndex] ?? ''))
  const byDay = new Map<string, PastedDay>()
  const errors: PasteError[] = []
  let skipped = 0

  for (const { cells, row } of rows) {
    if (cells.every((c) => c.trim() === '') || isTotalLine(cells)) {
      skipped++
      continue
    }
    const rawDay = cells[dayIndex] ?? ''
    const measuredOn = readDay(rawDay, dayFirst)
    if (!measuredOn) {
      errors.push({
        row,
        column: columns.day,
        message: rawDay.trim() === '' ? 'The date is missing.' : `“${rawDay.trim()}” isn't a date Baton can read. Use a date like 2026-03-02.`,
      })
      continue
    }
    const values: Partial<Record<SnapshotMetric, number | null>> = {}
    let rowOk = true
    for (const metric of SNAPSHOT_METRICS) {
      const at = metricIndex[metric]
      if (at === undefined) continue
      const count = readCount(cells[at] ?? '')
      if (count !== null && typeof count === 'object') {
        errors.push({ row, column: columns.metrics[metric] ?? metric, message: count.error })
        rowOk = false
      } else values[metric] = count
    }
    if (!rowOk) continue
    const day = byDay.get(measuredOn) ?? { measuredOn, impressions: null, clicks: null, visits: null, engagements: null, rows: [] }
    // A blank cell in a column the paste has ("--" in Google Ads) is a zero; a column it lacks stays null.
    for (const metric of SNAPSHOT_METRICS) {
      if (metric in values) day[metric] = (day[metric] ?? 0) + (values[metric] ?? 0)
    }
    day.rows.push(row)
    byDay.set(measuredOn, day)
  }

  const days = [...byDay.values()].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn))
  const problem = days.length === 0 && errors.length === 0 ? 'The headings were found, but no rows with figures came after them.' : null
  return { problem, columns, days, errors, skipped }
}
