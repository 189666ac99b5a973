// Named periods a person picks from, turned into whole days (YYYY-MM-DD, both ends included).

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

const iso = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`

export const isPeriodId = (value: string | null): value is PeriodId => value !== null && (PERIODS as readonly string[]).includes(value)

/** The days a named period covers, seen from `today` (local calendar). "All time" has no ends. */
export function periodRange(id: PeriodId, today = new Date()): { from?: string; to?: string } {
  const y = today.getFullYear()
  const m = today.getMonth()
  const daysAgo = (n: number) => iso(new Date(y, m, today.getDate() - n))
  switch (id) {
    case 'all':
      return {}
    case 'this-month':
      return { from: iso(new Date(y, m, 1)), to: iso(today) }
    case 'last-30':
      return { from: daysAgo(29), to: iso(today) }
    case 'last-90':
      return { from: daysAgo(89), to: iso(today) }
    case 'this-quarter':
      return { from: iso(new Date(y, m - (m % 3), 1)), to: iso(today) }
    case 'this-year':
      return { from: `${y}-01-01`, to: iso(today) }
    case 'last-12-months':
      return { from: iso(new Date(y - 1, m, today.getDate() + 1)), to: iso(today) }
    case 'last-year':
      return { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` }
  }
}
