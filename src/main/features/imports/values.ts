import type { ColumnHint, DayOrder, DecimalMark } from '@shared/domain/imports'
import { AMOUNT_TOO_LARGE, MAX_MINOR } from '@shared/domain/money'

// Numbers and dates as people type them in spreadsheets: "1.234,50 €", "$1,234.50", "1'234.50",
// "12/03/2026" (day or month first), "31.12.2026", "2026-03-12T10:00:00Z", "14-Mar-2026",
// "14. März 2026", "March 14, 2026".

const CURRENCY = /[\s\u00a0\u202f'’$€£¥]|USD|EUR|GBP|CHF/gi

// Thousands separators must sit between groups of three digits ("1.234.567,50"). Built
// once per mark: an import reads this for every row.
const GROUPED: Record<DecimalMark, RegExp> = {
  '.': /^\d{1,3}(,\d{3})+(\.\d+)?$/,
  ',': /^\d{1,3}(\.\d{3})+(,\d+)?$/,
}

// "1234" or "1234.50": most cells of an export, read without the general rules' work.
const SIMPLE: Record<DecimalMark, RegExp> = { '.': /^(\d{1,13})(?:\.(\d{1,2}))?$/, ',': /^(\d{1,13})(?:,(\d{1,2}))?$/ }

/** An amount in minor units (cents); null when the text is not an amount. Empty text is 0. */
export function parseAmountMinor(text: string, decimal: DecimalMark): number | null {
  const read = readAmountMinor(text, decimal)
  return typeof read === 'number' ? read : null
}

/** An amount cell read: its minor units, or why it is not one (a well-formed amount past Baton's limit is 'too-large'). */
export function readAmountMinor(text: string, decimal: DecimalMark): number | 'invalid' | 'too-large' {
  const simple = SIMPLE[decimal].exec(text)
  if (simple) {
    const minor = Number(simple[1]) * 100 + (simple[2] ? Number(simple[2].padEnd(2, '0')) : 0)
    return minor <= MAX_MINOR ? minor : 'too-large'
  }
  let cleaned = text.replace(CURRENCY, '')
  if (cleaned === '') return 0
  if (cleaned.startsWith('-') || (cleaned.startsWith('(') && cleaned.endsWith(')'))) return 'invalid'
  const group = decimal === ',' ? '.' : ','
  if (GROUPED[decimal].test(cleaned)) cleaned = cleaned.split(group).join('')
  else if (cleaned.includes(group)) return 'invalid'
  if (decimal === ',') cleaned = cleaned.replace(',', '.')
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return 'invalid'
  const [whole = '0', fraction = ''] = cleaned.split('.')
  if (fraction.length > 2 && /[1-9]/.test(fraction.slice(2))) return 'invalid'
  const minor = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'))
  return Number.isSafeInteger(minor) && minor <= MAX_MINOR ? minor : 'too-large'
}

/** What the import says of an amount cell it could not read. */
export function amountCellReason(text: string, decimal: DecimalMark, amountText = text): string {
  return readAmountMinor(amountText, decimal) === 'too-large' ? AMOUNT_TOO_LARGE.replace('That amount', `“${text}”`) : `“${text}” is not an amount`
}

const pad = (n: number) => String(n).padStart(2, '0')

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** The Gregorian calendar's rule, as Date follows it. */
function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!
}

const isRealDay = (year: number, month: number, date: number) => year <= 9999 && month >= 1 && month <= 12 && date >= 1 && date <= daysIn(year, month)

function day(year: number, month: number, date: number): string | null {
  return isRealDay(year, month, date) ? `${String(year).padStart(4, '0')}-${pad(month)}-${pad(date)}` : null
}

const fullYear = (text: string) => (text.length === 2 ? Number(text) + (Number(text) < 70 ? 2000 : 1900) : Number(text))

// Month names and their short forms in the seven languages, accents off, lower case.
const MONTH_WORDS: string[][] = [
  ['january', 'jan', 'januar', 'janvier', 'janv', 'enero', 'ene', 'januari', 'gennaio', 'gen', 'janeiro'],
  ['february', 'feb', 'februar', 'fevrier', 'fevr', 'fev', 'febrero', 'februari', 'febbraio', 'fevereiro'],
  ['march', 'mar', 'marz', 'mrz', 'mars', 'marzo', 'maart', 'mrt', 'marco'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'mei', 'maggio', 'mag', 'maio'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'set', 'settembre', 'setembro'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'dez', 'decembre', 'diciembre', 'dic', 'dicembre', 'dezembro'],
]
const MONTHS = new Map<string, number>(MONTH_WORDS.flatMap((words, i) => words.map((word) => [word, i + 1] as const)))

/** "14 March 2026", "14-Mar-26", "March 14, 2026", "14. März 2026", "14 de marzo de 2026" (a time after it aside). */
function dayWithMonthName(value: string): string | null {
  const words = value
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/\b\d{1,2}:\d{2}.*$/, '')
    .split(/[\s,./-]+/)
    .filter((word) => word !== '' && word !== 'de' && word !== 'del')
  if (words.length !== 3) return null
  const monthAt = words.findIndex((word) => MONTHS.has(word))
  if (monthAt < 0) return null
  const numbers = words.filter((_, i) => i !== monthAt)
  if (!numbers.every((word) => /^\d{1,4}$/.test(word))) return null
  const [first, second] = numbers as [string, string]
  const month = MONTHS.get(words[monthAt]!)!
  // The year is the four-digit number, or the last one.
  if (first.length === 4) return day(Number(first), month, Number(second))
  return day(fullYear(second), month, Number(first))
}

const ISO_DAY = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:T|\s+)[\d:.]+\s*(?:[AP]M)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$/i
const NUMERIC_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:(?:T|\s+)[\d:.]+\s*(?:[AP]M)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$/i

const isDigit = (code: number) => code >= 48 && code <= 57
const ISO_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9]

/** A calendar day `YYYY-MM-DD`; null when the text is not a date. */
export function parseDay(text: string, order: DayOrder): string | null {
  // "2026-03-14" as most exports write it: checked digit by digit, no pattern to run.
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    if (ISO_DIGITS.every((i) => isDigit(text.charCodeAt(i)))) return isRealDay(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))) ? text : null
  }
  const value = text.trim()
  const iso = ISO_DAY.exec(value)
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const parts = NUMERIC_DAY.exec(value)
  if (!parts) return /\p{L}/u.test(value) ? dayWithMonthName(value) : null
  const [a, b] = [Number(parts[1]), Number(parts[2])]
  const year = fullYear(parts[3]!)
  return order === 'dmy' ? day(year, b, a) : day(year, a, b)
}

const DATE_PARTS = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/
const COMMA_DECIMAL = [/^\d{1,3}(\.\d{3})+,\d+$/, /^\d+,\d{1,2}$/]
const POINT_DECIMAL = [/^\d{1,3}(,\d{3})+\.\d+$/, /^\d+\.\d{1,2}$/]

/** What one column's values say about dates and amounts (see ColumnHint). */
export function hintOf(values: Iterable<string>): ColumnHint {
  const hint: ColumnHint = { dayFirst: 0, monthFirst: 0, decimalComma: 0, decimalPoint: 0 }
  for (const raw of values) {
    const value = raw.trim()
    if (value === '') continue
    const parts = DATE_PARTS.exec(value)
    if (parts) {
      if (Number(parts[1]) > 12 && Number(parts[2]) <= 12) hint.dayFirst++
      else if (Number(parts[2]) > 12 && Number(parts[1]) <= 12) hint.monthFirst++
      // "31.12.2026": dots are how day-first countries write dates.
      else if (value[parts[1]!.length] === '.') hint.dayFirst++
      continue
    }
    const amount = value.replace(CURRENCY, '')
    if (COMMA_DECIMAL.some((pattern) => pattern.test(amount))) hint.decimalComma++
    else if (POINT_DECIMAL.some((pattern) => pattern.test(amount))) hint.decimalPoint++
  }
  return hint
}

/** Tags in one cell: "vip; partner", "vip, partner" or "vip|partner". */
export function splitTags(text: string): string[] {
  const tags: string[] = []
  const lower = new Set<string>()
  for (const part of text.split(/[;,|]/)) {
    const tag = part.trim()
    if (!tag || lower.has(tag.toLowerCase())) continue
    lower.add(tag.toLowerCase())
    tags.push(tag)
  }
  return tags
}
