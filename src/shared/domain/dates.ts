// Instants are ISO-8601 UTC text (`2026-11-23T09:15:00.000Z`); calendar days are `YYYY-MM-DD`.

export const nowIso = (): string => new Date().toISOString()

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export function isRealDate(day: string): boolean {
  if (!ISO_DATE.test(day)) return false
  const date = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.floor((Date.parse(toIso) - Date.parse(fromIso)) / 86_400_000)
}
