import type { PreferencesPatch } from '@shared/contract/preferences'
import { nowIso } from '@shared/domain/dates'
import { usableZone } from '@shared/domain/firmClock'
import { DEFAULT_PREFERENCES, type Preferences, type ThemeChoice } from '@shared/domain/preferences'
import type { z } from 'zod'
import type { Db } from '../context'

export async function getPreferences(db: Db): Promise<Preferences> {
  const row = await db
    .selectFrom('settings')
    .select(['currency', 'locale', 'week_start', 'time_zone', 'theme', 'notifications_enabled', 'quiet_start_minute', 'quiet_end_minute'])
    .where('id', '=', 1)
    .executeTakeFirst()
  if (!row) return DEFAULT_PREFERENCES
  return {
    currency: row.currency,
    locale: row.locale,
    weekStart: row.week_start,
    // A zone this computer's Intl does not know reads as UTC rather than breaking every page.
    timeZone: usableZone(row.time_zone),
    theme: row.theme as ThemeChoice,
    notificationsEnabled: row.notifications_enabled === 1,
    quietHours:
      row.quiet_start_minute === null || row.quiet_end_minute === null ? null : { startMinute: row.quiet_start_minute, endMinute: row.quiet_end_minute },
  }
}

export async function updatePreferences(db: Db, patch: z.output<typeof PreferencesPatch>): Promise<Preferences> {
  await db
    .updateTable('settings')
    .set({
      ...(patch.currency !== undefined && { currency: patch.currency }),
      ...(patch.locale !== undefined && { locale: patch.locale }),
      ...(patch.weekStart !== undefined && { week_start: patch.weekStart }),
      ...(patch.timeZone !== undefined && { time_zone: patch.timeZone }),
      ...(patch.theme !== undefined && { theme: patch.theme }),
      ...(patch.notificationsEnabled !== undefined && { notifications_enabled: patch.notificationsEnabled ? 1 : 0 }),
      ...(patch.quietHours !== undefined && {
        quiet_start_minute: patch.quietHours?.startMinute ?? null,
        quiet_end_minute: patch.quietHours?.endMinute ?? null,
      }),
      updated_at: nowIso(),
    })
    .where('id', '=', 1)
    .execute()
  return getPreferences(db)
}
