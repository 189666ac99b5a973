import type { LeadPlanContext, Outcome, Step } from './lead-types'
import { ACTIVITY_BODIES, CHECK_INS, DEMO_SUBJECTS, FOLLOW_UP_TASKS, LOST_ACTIVITIES, STEP_ACTIVITIES, WON_ACTIVITIES } from './lead-texts'
import type { SampleRows } from './rows'
import { DAY, HOUR, startOfDay } from './time'

type Kind = 'call' | 'email' | 'meeting' | 'demo' | 'note' | 'task'

const SCHEDULED: ReadonlySet<Kind> = new Set(['meeting', 'demo'])

/**
 * Logs the calls, emails, meetings and demos that moved the lead along, plus the
 * follow-ups still open on live leads: some overdue, some due today, some ahead.
 * Returns the last completed activity (the lead's last_activity_at) and the latest write.
 */
export function leadActivities(ctx: LeadPlanContext, rows: SampleRows, leadId: number, steps: readonly Step[], outcome: Outcome) {
  const { random, nowMs } = ctx
  const seen = { lastDoneMs: null as number | null, touchedMs: 0 }

  const add = (kind: Kind, subject: string, createdMs: number, dueMs: number | null, doneMs: number | null) => {
    rows.activities.push({
      id: ctx.ids.activities++,
      lead_id: leadId,
      kind,
      subject,
      body: random.chance(0.2) ? random.pick(ACTIVITY_BODIES) : null,
      due_at: dueMs === null ? null : ctx.instant(dueMs),
      done_at: doneMs === null ? null : ctx.instant(doneMs),
      created_at: ctx.instant(createdMs),
      updated_at: ctx.instant(doneMs ?? createdMs),
    })
    if (doneMs !== null && (seen.lastDoneMs === null || doneMs > seen.lastDoneMs)) seen.lastDoneMs = doneMs
    seen.touchedMs = Math.max(seen.touchedMs, doneMs ?? createdMs)
  }
  /** Done at `doneMs`; meetings and demos were booked a few days before. */
  const log = (kind: Kind, subject: string, doneMs: number, notBeforeMs: number) => {
    if (SCHEDULED.has(kind)) add(kind, subject, Math.max(notBeforeMs, doneMs - random.int(1, 5) * DAY), doneMs, doneMs)
    else add(kind, subject, doneMs, null, doneMs)
  }

  const created = steps[0] as Step
  if (random.chance(0.15)) log('note', STEP_ACTIVITIES[0]?.[0]?.subject ?? 'Lead came in', Math.min(nowMs, created.atMs + 5 * 60_000), created.atMs)

  for (let i = 1; i < steps.length; i++) {
    const prev = (steps[i - 1] as Step).atMs
    const step = steps[i] as Step
    const window = step.atMs - prev
    const choices = step.openIndex >= 0 ? (STEP_ACTIVITIES[step.openIndex] ?? CHECK_INS) : step.stage.kind === 'won' ? WON_ACTIVITIES : LOST_ACTIVITIES
    if (step.stage.kind !== 'lost' || random.chance(0.6)) {
      const what = random.pick(choices)
      log(what.kind, what.subject, step.atMs - random.between(0, Math.min(2 * HOUR, window / 2)), prev)
    }
    if (step.openIndex === 3 && random.chance(0.6)) log('demo', random.pick(DEMO_SUBJECTS), prev + window * random.between(0.3, 0.7), prev)
    if (random.chance(0.25)) {
      const due = prev + window * random.between(0.2, 0.5)
      add('task', random.pick(FOLLOW_UP_TASKS), prev, due, due + window * random.between(0, 0.3))
    }
  }

  if (outcome !== 'open') return seen

  const last = (steps[steps.length - 1] as Step).atMs
  if (nowMs - last > DAY && random.chance(0.5)) {
    const what = random.pick(CHECK_INS)
    log(what.kind, what.subject, last + random.between(0.3, 1) * (nowMs - last - HOUR), last)
  }
  const since = Math.min(nowMs, Math.max(last, seen.lastDoneMs ?? last))
  if (random.chance(0.65)) {
    const today = startOfDay(nowMs)
    const bucket = random.weighted(['overdue', 'today', 'ahead'] as const, [10, 18, 72])
    let due = today + random.int(1, 14) * DAY + random.between(9, 17) * HOUR
    if (bucket === 'today') due = Math.max(since, today + random.between(9, 17) * HOUR)
    if (bucket === 'overdue') {
      const earliest = Math.max(since + HOUR, nowMs - random.between(1, 10) * DAY)
      due = earliest < nowMs - 30 * 60_000 ? earliest : Math.max(since, today + 17 * HOUR)
    }
    add('task', random.pick(FOLLOW_UP_TASKS), since, Math.round(due), null)
  }
  const stageIndex = (steps[steps.length - 1] as Step).openIndex
  if (stageIndex >= 2 && random.chance(0.1)) {
    add(random.chance(0.5) ? 'meeting' : 'demo', random.chance(0.5) ? 'Follow-up meeting' : 'Demo for the decision makers', since, nowMs + random.int(1, 21) * DAY, null)
  }
  return seen
}
