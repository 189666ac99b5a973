import { wallTimeOf } from '@shared/domain/firmClock'
import { isQuietAt, type Preferences } from '@shared/domain/preferences'
import type { DueFollowUp } from './dueFollowUps'

// Tells the person when a follow-up falls due. A plain module: the clock, the timer, the
// data and the way a notice is shown are all passed in, so every rule is tested under Node
// and only platform/notifications.ts touches Electron.

export interface Notice {
  title: string
  body: string
  /** The lead to open when the notice is clicked; null opens Today. */
  leadId: number | null
}

export interface NotifierDeps {
  now(): Date
  setTimer(callback: () => void, ms: number): unknown
  clearTimer(handle: unknown): void
  dueBetween(fromIso: string, toIso: string): Promise<DueFollowUp[]>
  preferences(): Promise<Pick<Preferences, 'notificationsEnabled' | 'quietHours' | 'timeZone'>>
  show(notice: Notice): void
}

/** At most this many separate notices at once; more become one summary. */
const MAX_SEPARATE = 3

export function noticesFor(due: readonly DueFollowUp[]): Notice[] {
  if (due.length <= MAX_SEPARATE) return due.map((f) => ({ title: `Follow up: ${f.leadName}`, body: f.subject, leadId: f.leadId }))
  return [{ title: `${due.length} follow-ups are due`, body: due.map((f) => f.leadName).slice(0, 4).join(', ') + (due.length > 4 ? '…' : ''), leadId: null }]
}

/** Minutes after midnight on the firm's clock (quiet hours are the firm's hours). */
function firmMinute(date: Date, zone: string): number {
  const [hours = 0, minutes = 0] = wallTimeOf(date, zone).time.split(':').map(Number)
  return hours * 60 + minutes
}

export function createFollowUpNotifier(deps: NotifierDeps, intervalMs = 30_000) {
  // Follow-ups already overdue when Baton starts are on Today; only new ones are announced.
  let checkedUpTo = deps.now().toISOString()
  let timer: unknown = null
  let running = false

  /** One check: announces what fell due since the last announced check, unless it is quiet now. */
  async function tick(): Promise<Notice[]> {
    const now = deps.now()
    const prefs = await deps.preferences()
    if (!prefs.notificationsEnabled) {
      checkedUpTo = now.toISOString()
      return []
    }
    // During quiet hours nothing is announced and nothing is skipped: the window stays open until they end.
    if (isQuietAt(prefs.quietHours, firmMinute(now, prefs.timeZone))) return []
    const due = await deps.dueBetween(checkedUpTo, now.toISOString())
    checkedUpTo = now.toISOString()
    const notices = noticesFor(due)
    notices.forEach((notice) => deps.show(notice))
    return notices
  }

  function schedule(): void {
    timer = deps.setTimer(() => {
      void tick()
        .catch(() => [])
        .finally(() => {
          if (running) schedule()
        })
    }, intervalMs)
  }

  return {
    tick,
    start() {
      if (running) return
      running = true
      schedule()
    },
    stop() {
      running = false
      if (timer !== null) deps.clearTimer(timer)
      timer = null
    },
  }
}
