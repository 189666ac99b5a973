// Goal periods are whole calendar days, both ends included: [startsOn, endsOn].

export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom'

const DAY_MS = 86_400_000
const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`)
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10)

export const addDays = (day: string, days: number) => fromMs(toMs(day) + days * DAY_MS)

/** Days from `from` to `to` (0 when equal, negative when `to` is earlier). */
export const dayDiff = (from: string, to: string) => Math.round((toMs(to) - toMs(from)) / DAY_MS)

export const periodDays = (start: string, end: string) => dayDiff(start, end) + 1

function monthStart(year: number, month: number): string {
  return fromMs(Date.UTC(year, month, 1))
}

function lastDayOfMonth(year: number, month: number): string {
  return fromMs(Date.UTC(year, month + 1, 0))
}

const parts = (day: string) => ({ year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) - 1, date: Number(day.slice(8, 10)) })

/** Whether the period is exactly a calendar month, quarter or year. */
export function periodKind(start: string, end: string): PeriodKind {
  const s = parts(start)
  if (s.date !== 1) return 'custom'
  if (end === lastDayOfMonth(s.year, s.month)) return 'month'
  if (s.month % 3 === 0 && end === lastDayOfMonth(s.year, s.month + 2)) return 'quarter'
  if (s.month === 0 && end === `${s.year}-12-31`) return 'year'
  return 'custom'
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export function periodLabel(start: string, end: string): string {
  const s = parts(start)
  const e = parts(end)
  switch (periodKind(start, end)) {
    case 'month':
      return `${MONTHS[s.month]} ${s.year}`
    case 'quarter':
      return `Q${s.month / 3 + 1} ${s.year}`
    case 'year':
      return String(s.year)
    case 'custom':
      return s.year === e.year
        ? `${MONTHS[s.month]} ${s.date} – ${MONTHS[e.month]} ${e.date}, ${e.year}`
        : `${MONTHS[s.month]} ${s.date}, ${s.year} – ${MONTHS[e.month]} ${e.date}, ${e.year}`
  }
}

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = { month: 'Month', quarter: 'Quarter', year: 'Year', custom: 'Custom period' }
export const PERIOD_KIND_NOUNS: Record<PeriodKind, string> = { month: 'month', quarter: 'quarter', year: 'year', custom: 'period of the same length' }

export interface Period {
  start: string
  end: string
}

/**
 * The `count` periods just before this one, most recent first, each the same kind
 * (the previous calendar months, quarters or years) or, for a custom period, the
 * same number of days.
 */
export function previousPeriods(start: string, end: string, count: number): Period[] {
  const kind = periodKind(start, end)
  const s = parts(start)
  const result: Period[] = []
  for (let i = 1; i <= count; i++) {
    if (kind === 'custom') {
      const length = periodDays(start, end)
      result.push({ start: addDays(start, -length * i), end: addDays(end, -length * i) })
    } else {
      const months = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12
      const first = s.month - months * i
      result.push({ start: monthStart(s.year, first), end: lastDayOfMonth(s.year, first + months - 1) })
    }
  }
  return result
}

/** The calendar month, quarter or year that contains `day`. */
export function periodAround(kind: Exclude<PeriodKind, 'custom'>, day: string): Period {
  const { year, month } = parts(day)
  if (kind === 'month') return { start: monthStart(year, month), end: lastDayOfMonth(year, month) }
  if (kind === 'quarter') {
    const first = month - (month % 3)
    return { start: monthStart(year, first), end: lastDayOfMonth(year, first + 2) }
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` }
}
