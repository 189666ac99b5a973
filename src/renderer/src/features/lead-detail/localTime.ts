import { LOCALE } from '../../ui/format'

// Due times are stored as UTC instants but typed and read in the person's own time zone:
// "tomorrow at 9" means 9 o'clock where they sit.

const pad = (n: number) => String(n).padStart(2, '0')

/** Today's calendar day where the person is, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The last millisecond of the person's local today, as an ISO instant (what followUps.today asks for). */
export function endOfLocalToday(now = new Date()): string {
  const end = new Date(now)
  end.setHours(23, 59, 59, 999)
  return end.toISOString()
}

/** A local day and optional time ("14:30") as an instant; without a time, 9:00 in the morning. */
export function localToInstant(day: string, time: string): string {
  return new Date(`${day}T${time || '09:00'}`).toISOString()
}

/** Splits an instant into the local day and time an <input type="date|time"> shows. */
export function instantToLocal(iso: string | null): { day: string; time: string } {
  if (!iso) return { day: '', time: '' }
  const date = new Date(iso)
  return { day: localToday(date), time: `${pad(date.getHours())}:${pad(date.getMinutes())}` }
}

export function localTimeOf(iso: string): string {
  return new Date(iso).toLocaleTimeString(LOCALE, { hour: 'numeric', minute: '2-digit' })
}

/** "Today 3:00 PM", "Tomorrow 9:00 AM" or "12 Mar, 9:00 AM". */
export function dueLabel(iso: string, now = new Date()): string {
  const day = localToday(new Date(iso))
  const tomorrow = new Date(now)
  tomorrow.setDate(tomorrow.getDate() + 1)
  if (day === localToday(now)) return `Today ${localTimeOf(iso)}`
  if (day === localToday(tomorrow)) return `Tomorrow ${localTimeOf(iso)}`
  const date = new Date(iso).toLocaleDateString(LOCALE, { day: 'numeric', month: 'short' })
  return `${date}, ${localTimeOf(iso)}`
}
