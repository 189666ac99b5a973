import { addDays } from '@shared/domain/reportPeriod'
import { firmToday } from '../../ui/clock'

// Named periods a person picks from, turned into whole days of the firm's calendar (YYYY-MM-DD, both ends included).

export const PERIODS = ['all', 'this-month', 'last-30', 'last-90', 'this-quarter', 'this-year', 'last-12-months', 'last-year'] as const
export type PeriodId = (typeof PERIODS)[number]

export const PERIOD_LABELS: Record<PeriodId, string> = {
  all: 'All time',
  'this-month': 'This month',
  'last-30': 'Last 30 days',
  'last-90': 'Last 90 days',
  'this-quarter': 'This quarter',
  'this-year': 'This year',
  'last-12-months': 'Last 12 months',
  'last-year': 'Last year',
}

export const isPeriodId = (value: string | null): value is PeriodId => value !== null && (PERIODS as readonly string[]).includes(value)

/** The days a named period covers, seen from `today` (a day of the firm's calendar). "All time" has no ends. */
export function periodRange(id: PeriodId, today: string = firmToday()): { from?: string; to?: string } {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7)) - 1
  const monthStart = (offset: number) => new Date(Date.UTC(year, month + offset, 1)).toISOString().slice(0, 10)
  switch (id) {
    case 'all':
      return {}
    case 'this-month':
      return { from: monthStart(0), to: today }
    case 'last-30':
      return { from: addDays(today, -29), to: today }
    case 'last-90':
      return { from: addDays(today, -89), to: today }
    case 'this-quarter':
      return { from: monthStart(-(month % 3)), to: today }
    case 'this-year':
      return { from: `${year}-01-01`, to: today }
    case 'last-12-months':
      return { from: addDays(addMonthsClamped(today, -12), 1), to: today }
    case 'last-year':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` }
  }
}

/** The same day `months` months away, or the month's last day when it is shorter. */
function addMonthsClamped(day: string, months: number): string {
  const year = Number(day.slice(0, 4))
  const month = Number(day.slice(5, 7)) - 1 + months
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return new Date(Date.UTC(year, month, Math.min(Number(day.slice(8, 10)), last))).toISOString().slice(0, 10)
}
