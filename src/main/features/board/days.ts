// Main runs on the user's own machine, so its local time zone is the user's: calendar
// days the user picks (filters, snooze) are read in it, while stored instants stay UTC.

const pad = (n: number) => String(n).padStart(2, '0')

/** Today (or `at`'s day) as YYYY-MM-DD in local time. */
export function localDay(at: Date = new Date()): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}

function localMidnight(day: string, addDays: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d + addDays).toISOString()
}

/** The UTC instant the local day starts at. */
export const localDayStart = (day: string) => localMidnight(day, 0)

/** The UTC instant the local day after `day` starts at (an exclusive end). */
export const localDayEnd = (day: string) => localMidnight(day, 1)
