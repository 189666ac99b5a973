import { addDays } from '@shared/domain/reportPeriod'
import { firmDayOf, firmToday } from '../../ui/clock'
import { LOCALE, TIME_ZONE } from '../../ui/format'

// Due times are stored as UTC instants but typed and read on the firm's clock (Settings → time
// zone): "tomorrow at 9" means 9 o'clock where the firm is, on every computer.

export function localTimeOf(iso: string): string {
  return new Date(iso).toLocaleTimeString(LOCALE, { hour: 'numeric', minute: '2-digit', timeZone: TIME_ZONE })
}

/** "Today 3:00 PM", "Tomorrow 9:00 AM" or "12 Mar, 9:00 AM". */
export function dueLabel(iso: string, now = new Date()): string {
  const day = firmDayOf(iso)
  const today = firmToday(now)
  if (day === today) return `Today ${localTimeOf(iso)}`
  if (day === addDays(today, 1)) return `Tomorrow ${localTimeOf(iso)}`
  const date = new Date(iso).toLocaleDateString(LOCALE, { day: 'numeric', month: 'short', timeZone: TIME_ZONE })
  return `${date}, ${localTimeOf(iso)}`
}
