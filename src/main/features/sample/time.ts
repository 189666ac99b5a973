export const HOUR = 3_600_000
export const DAY = 24 * HOUR

const PAD2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'))
const PAD3 = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'))
const dayPrefixes = new Map<number, string>()

/**
 * Same text as `new Date(ms).toISOString()`, several times faster: a 100k-lead sample
 * formats millions of instants, and toISOString was half of the planning time.
 */
export function isoAt(ms: number): string {
  const t = Math.floor(ms)
  const day = Math.floor(t / DAY)
  let prefix = dayPrefixes.get(day)
  if (prefix === undefined) {
    if (dayPrefixes.size > 5000) dayPrefixes.clear()
    prefix = new Date(day * DAY).toISOString().slice(0, 11)
    dayPrefixes.set(day, prefix)
  }
  let rest = t - day * DAY
  const hours = Math.floor(rest / HOUR)
  rest -= hours * HOUR
  const minutes = Math.floor(rest / 60_000)
  rest -= minutes * 60_000
  const seconds = Math.floor(rest / 1000)
  return `${prefix}${PAD2[hours]}:${PAD2[minutes]}:${PAD2[seconds]}.${PAD3[rest - seconds * 1000]}Z`
}
export const dayOf = (ms: number) => isoAt(ms).slice(0, 10)
export const startOfDay = (ms: number) => Math.floor(ms / DAY) * DAY
export const dayToMs = (day: string) => Date.parse(`${day}T00:00:00Z`)

const SEASONS = ['Winter', 'Winter', 'Spring', 'Spring', 'Spring', 'Summer', 'Summer', 'Summer', 'Fall', 'Fall', 'Fall', 'Winter']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

export const seasonOf = (ms: number) => SEASONS[new Date(ms).getUTCMonth()] as string
export const monthOf = (ms: number) => MONTHS[new Date(ms).getUTCMonth()] as string
export const quarterOf = (ms: number) => `Q${Math.floor(new Date(ms).getUTCMonth() / 3) + 1}`
export const yearOf = (ms: number) => String(new Date(ms).getUTCFullYear())
