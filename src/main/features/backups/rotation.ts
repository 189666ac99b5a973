// Which backups to keep: the newest of each of the last 24 hours that have one, and
// the newest of each of the last 14 days that have one. Everything else goes.
// Hours and days are UTC buckets, so the rule does not shift with time zones or DST.

export interface RotationPolicy {
  hourly: number
  daily: number
}

export const DEFAULT_ROTATION: RotationPolicy = { hourly: 24, daily: 14 }

export interface Dated {
  name: string
  at: Date
}

function newestPerBucket<T extends Dated>(items: readonly T[], bucket: (at: Date) => string, keep: number): T[] {
  const newest = new Map<string, T>()
  for (const item of [...items].sort((a, b) => b.at.getTime() - a.at.getTime())) {
    const key = bucket(item.at)
    if (!newest.has(key)) newest.set(key, item)
  }
  return [...newest.values()].slice(0, keep)
}

const hourOf = (at: Date) => at.toISOString().slice(0, 13)
const dayOf = (at: Date) => at.toISOString().slice(0, 10)

export function backupsToKeep<T extends Dated>(backups: readonly T[], policy: RotationPolicy = DEFAULT_ROTATION): Set<string> {
  return new Set([...newestPerBucket(backups, hourOf, policy.hourly), ...newestPerBucket(backups, dayOf, policy.daily)].map((b) => b.name))
}

export function backupsToDelete<T extends Dated>(backups: readonly T[], policy: RotationPolicy = DEFAULT_ROTATION): string[] {
  const keep = backupsToKeep(backups, policy)
  return backups.filter((b) => !keep.has(b.name)).map((b) => b.name)
}
