// Report periods are whole days of the firm's calendar (its time zone, see firmClock), both ends
// included. Each preset compares with the period just before it: this month with last month,
// the last 30 days or a custom range with the same number of days before it.

export const PERIOD_PRESETS = ['this_week', 'last_week', 'last_30_days', 'this_month', 'last_month', 'this_quarter', 'last_quarter', 'this_year', 'last_year', 'custom'] as const
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]

export const PERIOD_PRESET_LABELS: Record<PeriodPreset, string> = {
  this_week: 'This week',
  last_week: 'Last week',
  last_30_days: 'Last 30 days',
  this_month: 'This month',
  last_month: 'Last month',
  this_quarter: 'This quarter',
  last_quarter: 'Last quarter',
  this_year: 'This year',
  last_year: 'Last year',
  custom: 'Custom',
}

export interface DayRange {
  from: string
  to: string
}

export type Bucket = 'day' | 'week' | 'month'

const DAY_MS = 86_400_000
const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`)
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10)
export const addDays = (day: string, days: number) => fromMs(toMs(day) + days * DAY_MS)
export const rangeDays = (range: DayRange) => Math.round((toMs(range.to) - toMs(range.from)) / DAY_MS) + 1

function unitRange(unit: 'week' | 'month' | 'quarter' | 'year', today: string, offset: number, weekStart: number): DayRange {
  const date = new Date(`${today}T00:00:00Z`)
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth()
  switch (unit) {
    case 'week': {
      const back = (date.getUTCDay() - weekStart + 7) % 7
      const from = addDays(today, -back + offset * 7)
      return { from, to: addDays(from, 6) }
    }
    case 'month':
      return { from: fromMs(Date.UTC(year, month + offset, 1)), to: fromMs(Date.UTC(year, month + offset + 1, 0)) }
    case 'quarter': {
      const first = Math.floor(month / 3) * 3 + offset * 3
      return { from: fromMs(Date.UTC(year, first, 1)), to: fromMs(Date.UTC(year, first + 3, 0)) }
    }
    case 'year':
      return { from: `${year + offset}-01-01`, to: `${year + offset}-12-31` }
  }
}

/** The days a preset covers on `today` (YYYY-MM-DD); `custom` needs its own range. */
export function resolvePeriod(preset: PeriodPreset, today: string, weekStart = 1, custom?: DayRange): DayRange {
  if (preset === 'custom') {
    if (!custom) throw new Error('A custom period needs its first and last day')
    return custom.from <= custom.to ? custom : { from: custom.to, to: custom.from }
  }
  if (preset === 'last_30_days') return { from: addDays(today, -29), to: today }
  const [when, unit] = preset.split('_') as ['this' | 'last', 'week' | 'month' | 'quarter' | 'year']
  return unitRange(unit, today, when === 'this' ? 0 : -1, weekStart)
}

/**
 * The period a figure is compared with: the calendar unit before, or as many days just before. A
 * rolling preset (the last 30 days) always compares with as many days, even when it happens to
 * cover a whole month.
 */
export function previousPeriod(range: DayRange, preset?: PeriodPreset): DayRange {
  const from = new Date(`${range.from}T00:00:00Z`)
  const to = new Date(`${range.to}T00:00:00Z`)
  const wholeMonths = preset !== 'last_30_days' && from.getUTCDate() === 1 && addDays(range.to, 1).slice(8, 10) === '01'
  if (wholeMonths) {
    const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1
    return { from: fromMs(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() - months, 1)), to: addDays(range.from, -1) }
  }
  const days = rangeDays(range)
  return { from: addDays(range.from, -days), to: addDays(range.from, -1) }
}

/**
 * The period the dashboard opens on: the current month once a week of it has passed, before that
 * the last 30 days, so the first days of a month do not open on a nearly empty page.
 */
export function openingPeriod(today: string): Extract<PeriodPreset, 'this_month' | 'last_30_days'> {
  return Number(today.slice(8, 10)) > 7 ? 'this_month' : 'last_30_days'
}

/** Time buckets for charts: days up to a month, weeks up to a quarter and a bit, months beyond. */
export function bucketFor(range: DayRange): Bucket {
  const days = rangeDays(range)
  return days <= 31 ? 'day' : days <= 100 ? 'week' : 'month'
}

/** Every bucket start in the range, so a chart shows empty days as zero instead of skipping them. */
export function bucketStarts(range: DayRange, bucket: Bucket, weekStart = 1): string[] {
  const starts: string[] = []
  let cursor =
    bucket === 'day' ? range.from : bucket === 'week' ? unitRange('week', range.from, 0, weekStart).from : `${range.from.slice(0, 7)}-01`
  while (cursor <= range.to) {
    starts.push(cursor)
    cursor = bucket === 'day' ? addDays(cursor, 1) : bucket === 'week' ? addDays(cursor, 7) : unitRange('month', cursor, 1, weekStart).from
  }
  return starts
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export function bucketLabel(start: string, bucket: Bucket): string {
  const month = MONTHS[Number(start.slice(5, 7)) - 1]
  return bucket === 'month' ? `${month} ${start.slice(0, 4)}` : `${month} ${Number(start.slice(8, 10))}`
}

/** "Q1 2026", "March 2026", "2026" or "Mar 2 – Mar 8, 2026". */
export function describeRange(range: DayRange): string {
  const from = { y: Number(range.from.slice(0, 4)), m: Number(range.from.slice(5, 7)) - 1, d: Number(range.from.slice(8, 10)) }
  const to = { y: Number(range.to.slice(0, 4)), m: Number(range.to.slice(5, 7)) - 1, d: Number(range.to.slice(8, 10)) }
  const endsMonth = addDays(range.to, 1).slice(8, 10) === '01'
  if (from.d === 1 && endsMonth && from.y === to.y) {
    if (from.m === to.m) return `${MONTHS[from.m]} ${from.y}`
    if (from.m % 3 === 0 && to.m === from.m + 2) return `Q${from.m / 3 + 1} ${from.y}`
    if (from.m === 0 && to.m === 11) return String(from.y)
  }
  return from.y === to.y
    ? `${MONTHS[from.m]} ${from.d} – ${MONTHS[to.m]} ${to.d}, ${to.y}`
    : `${MONTHS[from.m]} ${from.d}, ${from.y} – ${MONTHS[to.m]} ${to.d}, ${to.y}`
}
