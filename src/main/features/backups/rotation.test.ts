import { describe, expect, it } from 'vitest'
import { backupsToDelete, backupsToKeep } from './rotation'

const at = (iso: string) => ({ name: iso, at: new Date(iso) })

/** One backup every `minutes` from `start`, `count` of them. */
function every(minutes: number, count: number, start = '2026-03-01T00:00:00.000Z') {
  return Array.from({ length: count }, (_, i) => at(new Date(Date.parse(start) + i * minutes * 60_000).toISOString()))
}

describe('backup rotation', () => {
  it('keeps everything while there are fewer than 24 hourly backups', () => {
    expect(backupsToDelete(every(60, 20))).toEqual([])
  })

  it('keeps the newest backup of each of the last 24 hours and of each of the last 14 days', () => {
    const backups = every(60, 24 * 30) // hourly for 30 days
    const kept = backupsToKeep(backups)
    const hours = backups.slice(-24).map((b) => b.name)
    for (const name of hours) expect(kept.has(name)).toBe(true)
    // The last backup of each of the 14 newest days (the newest day's last one is already an hourly).
    const dailies = Array.from({ length: 14 }, (_, d) => backups[backups.length - 1 - d * 24]!.name)
    for (const name of dailies) expect(kept.has(name)).toBe(true)
    expect(kept.size).toBe(24 + 13)
    expect(backupsToDelete(backups)).toHaveLength(backups.length - 37)
  })

  it('keeps only the newest of several backups in one hour', () => {
    const backups = [at('2026-03-01T10:05:00.000Z'), at('2026-03-01T10:45:00.000Z'), at('2026-03-01T10:59:59.000Z'), at('2026-03-01T11:00:00.000Z')]
    expect(backupsToDelete(backups)).toEqual(['2026-03-01T10:05:00.000Z', '2026-03-01T10:45:00.000Z'])
  })

  it('counts hours and days that have a backup, not calendar time: a laptop closed for a week keeps its old dailies', () => {
    const backups = [...every(60, 3, '2026-01-01T09:00:00.000Z'), ...every(60, 3, '2026-02-01T09:00:00.000Z')]
    expect(backupsToDelete(backups)).toEqual([])
  })

  it('never keeps more than 24 + 14: one backup a day for 40 days keeps the newest 24', () => {
    const days = every(24 * 60, 40)
    expect(backupsToDelete(days)).toEqual(days.slice(0, 16).map((b) => b.name))
  })

  it('handles no backups', () => {
    expect(backupsToDelete([])).toEqual([])
  })
})
