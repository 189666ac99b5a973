// One report model that every output renders from: the in-app view, the print view (and
// so the PDF), the XLSX workbook and the CSV files. A figure is computed once, in main,
// and each output only formats it — so they cannot disagree.

/** How a column's values are stored and shown. Money is integer minor units; ratios are 0..1. */
export type ColumnKind = 'text' | 'integer' | 'money' | 'ratio' | 'decimal' | 'date' | 'days'

export interface ReportColumn {
  key: string
  label: string
  kind: ColumnKind
}

/** A value in a table. null is an undefined figure (no spend, no leads), shown as "—". */
export type ReportCell = string | number | null

/** Where a row leads when clicked in the app (the leads or the campaign behind it). */
export interface RowLink {
  path: string
  params?: Record<string, string>
}

export interface ReportTable {
  id: string
  title: string
  columns: ReportColumn[]
  rows: ReportCell[][]
  /** A totals row, when adding the rows up means something. */
  totals?: ReportCell[]
  links?: Array<RowLink | null>
  /** What to say when there are no rows. */
  empty: string
  /** 'heat': ratio cells are tinted by their value (a cohort table reads at a glance). */
  shading?: 'heat'
}

export interface ChartSeries {
  label: string
  kind: ColumnKind
  values: Array<number | null>
}

export interface ReportChart {
  id: string
  title: string
  type: 'bar' | 'line' | 'horizontalBar'
  labels: string[]
  series: ChartSeries[]
}

export interface ReportPeriod {
  /** First day, inclusive (YYYY-MM-DD). */
  from: string
  /** Last day, inclusive (YYYY-MM-DD). */
  to: string
  label: string
}

export interface ReportFilterLine {
  label: string
  value: string
}

export interface ReportDocument {
  kind: string
  title: string
  subtitle: string
  firmName: string
  currency: string
  locale: string
  period: ReportPeriod
  filters: ReportFilterLine[]
  generatedAt: string
  charts: ReportChart[]
  tables: ReportTable[]
}

export const UNDEFINED_FIGURE = '—'

/**
 * A cell as a person reads it, in the firm's currency and locale. Money drops whole cents unless
 * `cents` says the column shows them (so a column of amounts lines up); rates and days keep one decimal.
 */
export function formatCell(value: ReportCell, kind: ColumnKind, currency: string, locale: string, options: { cents?: boolean } = {}): string {
  if (value === null) return UNDEFINED_FIGURE
  if (typeof value === 'string') return kind === 'date' ? formatDay(value, locale) : value
  switch (kind) {
    case 'money': {
      const digits = options.cents || value % 100 !== 0 ? 2 : 0
      return numberFormatter(locale, `money:${currency}:${digits}`, { style: 'currency', currency, maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value / 100)
    }
    case 'ratio':
      return numberFormatter(locale, 'ratio', { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value)
    case 'decimal':
    case 'days':
      return numberFormatter(locale, 'decimal', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value)
    default:
      return numberFormatter(locale, 'integer', { maximumFractionDigits: 0 }).format(value)
  }
}

// Making an Intl formatter costs far more than using one (tens of microseconds): a table of
// thousands of cells reuses one per locale and shape.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

function numberFormatter(locale: string, shape: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${shape}`
  let formatter = formatters.get(key) as Intl.NumberFormat | undefined
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options)
    formatters.set(key, formatter)
  }
  return formatter
}

/** Whether a money column needs cents anywhere (then every amount in it shows them). */
export function columnShowsCents(rows: ReadonlyArray<readonly ReportCell[]>, index: number): boolean {
  return rows.some((row) => {
    const value = row[index]
    return typeof value === 'number' && value % 100 !== 0
  })
}

export function formatDay(day: string, locale: string): string {
  const key = `${locale}|day`
  let formatter = formatters.get(key) as Intl.DateTimeFormat | undefined
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    formatters.set(key, formatter)
  }
  const at = new Date(`${day.slice(0, 10)}T00:00:00Z`)
  // Text that is not a day is shown as it is.
  return Number.isNaN(at.getTime()) ? day : formatter.format(at)
}

/** Column headings that say their unit, for files where the cell holds a bare number. */
export function headingWithUnit(column: ReportColumn, currency: string): string {
  if (column.kind === 'money') return `${column.label} (${currency})`
  if (column.kind === 'ratio') return `${column.label} (%)`
  return column.label
}

/** A cell as a bare number or text for CSV: money in major units, ratios as percentages. */
export function plainCell(value: ReportCell, kind: ColumnKind): string | number | null {
  if (value === null || typeof value === 'string') return value
  if (kind === 'money') return value / 100
  if (kind === 'ratio') return Math.round(value * 10000) / 100
  if (kind === 'decimal' || kind === 'days') return Math.round(value * 10) / 10
  return value
}

/** A figure beside the same figure for the period before, as a dashboard tile holds it. */
export interface ComparedFigure {
  value: number | null
  previous: number | null
  kind: ColumnKind
  /** Lower is better (costs, cycle days): a fall is good news. */
  lowerIsBetter: boolean
  /** Neither direction is good or bad in itself (spend). */
  neutral: boolean
}

/** The change against the previous period: relative for amounts, in points for rates; null when it means nothing. */
export function describeChange(figure: ComparedFigure, locale: string): { text: string; tone: 'good' | 'bad' | 'flat' } | null {
  if (figure.value === null || figure.previous === null) return null
  const diff = figure.value - figure.previous
  if (diff === 0) return { text: 'No change', tone: 'flat' }
  const up = diff > 0
  const tone = figure.neutral ? 'flat' : up !== figure.lowerIsBetter ? 'good' : 'bad'
  if (figure.kind === 'ratio') {
    const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(diff * 100)
    return { text: `${points} pts`, tone }
  }
  if (figure.previous === 0) return { text: up ? 'New' : 'Down', tone }
  const relative = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(diff / Math.abs(figure.previous))
  return { text: relative, tone }
}
