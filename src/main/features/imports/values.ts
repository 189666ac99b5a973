import type { DayOrder, DecimalMark } from '@shared/domain/imports'

// Numbers and dates as people type them in spreadsheets: "1.234,50", "$1,234.50",
// "12/03/2026" (day or month first), "2026-03-12", "2026-03-12T10:00:00Z".

const CURRENCY = /[\s\u00a0\u202f$€£¥]|USD|EUR|GBP|CHF/gi

// Thousands separators must sit between groups of three digits ("1.234.567,50"). Built
// once per mark: an import reads this for every row.
const GROUPED: Record<DecimalMark, RegExp> = {
  '.': /^\d{1,3}(,\d{3})+(\.\d+)?$/,
  ',': /^\d{1,3}(\.\d{3})+(,\d+)?$/,
}

/** An amount in minor units (cents); null when the text is not an amount. Empty text is 0. */
export function parseAmountMinor(text: string, decimal: DecimalMark): number | null {
  let cleaned = text.replace(CURRENCY, '')
  if (cleaned === '') return 0
  if (cleaned.startsWith('-') || (cleaned.startsWith('(') && cleaned.endsWith(')'))) return null
  const group = decimal === ',' ? '.' : ','
  if (GROUPED[decimal].test(cleaned)) cleaned = cleaned.split(group).join('')
  else if (cleaned.includes(group)) return null
  if (decimal === ',') cleaned = cleaned.replace(',', '.')
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null
  const [whole = '0', fraction = ''] = cleaned.split('.')
  if (fraction.length > 2 && /[1-9]/.test(fraction.slice(2))) return null
  const minor = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'))
  return Number.isSafeInteger(minor) && minor <= 1e13 ? minor : null
}

const pad = (n: number) => String(n).padStart(2, '0')

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** The Gregorian calendar's rule, as Date follows it. */
function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!
}

function day(year: number, month: number, date: number): string | null {
  if (year > 9999 || month < 1 || month > 12 || date < 1 || date > daysIn(year, month)) return null
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(date)}`
}

/** A calendar day `YYYY-MM-DD`; null when the text is not a date. */
export function parseDay(text: string, order: DayOrder): string | null {
  const value = text.trim()
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value)
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const parts = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T][\d:.]+(?:\s?[AP]M)?)?$/i.exec(value)
  if (!parts) return null
  const [a, b] = [Number(parts[1]), Number(parts[2])]
  let year = Number(parts[3])
  if (parts[3]!.length === 2) year += year < 70 ? 2000 : 1900
  return order === 'dmy' ? day(year, b, a) : day(year, a, b)
}

/** Reads the values of a date column to guess day-first or month-first: 13/02 can only be day first. */
export function guessDayOrder(values: Iterable<string>): DayOrder | null {
  for (const value of values) {
    const parts = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/.exec(value.trim())
    if (!parts) continue
    if (Number(parts[1]) > 12) return 'dmy'
    if (Number(parts[2]) > 12) return 'mdy'
  }
  return null
}

/** "1.234,50" or "12,5" mean a decimal comma; "1,234.50" a decimal point. */
export function guessDecimalMark(values: Iterable<string>): DecimalMark | null {
  for (const raw of values) {
    const value = raw.replace(CURRENCY, '')
    if (/^\d{1,3}(\.\d{3})+,\d+$/.test(value) || /^\d+,\d{1,2}$/.test(value)) return ','
    if (/^\d{1,3}(,\d{3})+\.\d+$/.test(value) || /^\d+\.\d{1,2}$/.test(value)) return '.'
  }
  return null
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
