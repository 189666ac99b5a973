import type { CurrencySeen } from '@shared/domain/importResults'
import type { CloseDayFallback, CurrencyChoice } from '@shared/domain/imports'
import type { Statements } from './leadStatements'
import type { CellProblem, LeadDraft } from './rows'
import { dayOf, instantAt } from '@shared/domain/firmClock'
import { convertMinor } from './currency'
import type { Problem, References, StageRef } from './references'

// Where a row's lead lands and what it is worth: the stage the file names, closed as won or lost
// when its status says so (in the import's pipeline), on the day the file says it closed, with
// the reason it was lost, and its amount in the workspace's currency.

const isProblem = (value: unknown): value is Problem => typeof value === 'object' && value !== null && 'problem' in value

/** The lead's place once the row is read: `stage` is where it ends up; a closed lead went there from `openStage` on `closedOn`. */
export interface Placement {
  stage: StageRef
  openStage: StageRef
  outcome: 'open' | 'won' | 'lost'
  /** The day a won or lost lead closed; null while the preview waits to be told. */
  closedOn: string | null
  lostReason: string | null
  expectedCloseOn: string | null
}

/** The column a field's problem is reported in. */
export type ColumnOf = (field: 'stage' | 'status' | 'lostReason' | 'value' | 'closedOn') => string

export async function placeLead(
  draft: LeadDraft,
  refs: References,
  fallback: CloseDayFallback | null,
  mode: 'preview' | 'import',
  column: ColumnOf,
): Promise<{ placement: Placement | null; problems: CellProblem[]; undated: boolean }> {
  const problems: CellProblem[] = []
  const stage = await refs.stage(draft.stage)
  const status = refs.status(draft.status)
  if (isProblem(stage)) problems.push({ column: column('stage'), reason: stage.problem })
  if (isProblem(status)) problems.push({ column: column('status'), reason: status.problem })
  if (isProblem(stage) || isProblem(status)) return { placement: null, problems, undated: false }
  // The status closes the lead; without one (or "open"), the stage says where it stands.
  const outcome = status === 'won' || status === 'lost' ? status : stage.kind === 'won' || stage.kind === 'lost' ? (stage.kind) : 'open'
  const openStage = stage.kind === 'open' ? stage : refs.defaultStage
  if (outcome === 'open') {
    return { placement: { stage, openStage, outcome, closedOn: null, lostReason: null, expectedCloseOn: draft.expectedCloseOn ?? draft.closeDate }, problems, undated: false }
  }
  const finalStage = outcome === 'won' ? refs.wonStage : refs.lostStage
  // The file's own day for it: Pipedrive's won or lost time, a "closed on", else HubSpot's and Salesforce's "Close date".
  let closedOn = (outcome === 'won' ? draft.wonOn : draft.lostOn) ?? draft.closedOn ?? draft.closeDate
  const undated = closedOn === null
  if (closedOn === null) {
    if (fallback?.kind === 'day') closedOn = fallback.day
    else if (fallback?.kind === 'reject') problems.push({ column: column('closedOn'), reason: `The file gives no day this deal was ${outcome} on, and you chose to leave such rows out` })
    else if (mode === 'import') problems.push({ column: column('closedOn'), reason: `The file gives no day this deal was ${outcome} on: choose one in the preview` })
  }
  let lostReason: string | null = null
  if (outcome === 'lost' && problems.length === 0) {
    const reason = await refs.lostReason(draft.lostReason)
    if (isProblem(reason)) problems.push({ column: column('lostReason'), reason: reason.problem })
    else lostReason = reason
  }
  if (problems.length > 0) return { placement: null, problems, undated }
  return { placement: { stage: finalStage, openStage, outcome, closedOn, lostReason, expectedCloseOn: draft.expectedCloseOn }, problems, undated }
}

/**
 * The amounts in other currencies than the workspace's, per currency: converted at the person's
 * rate, left out, or — until the person says — counted and held (the preview asks; the import
 * refuses to guess).
 */
export class Currencies {
  private seen = new Map<string, CurrencySeen>()

  constructor(private choices: Readonly<Record<string, CurrencyChoice>>) {}

  /** The amount in the workspace's currency (null while it waits for a rate), or why the row is left out. */
  convert(draft: LeadDraft, mode: 'preview' | 'import', column: string): { valueMinor: number | null; original: { currency: string; valueMinor: number } | null; problem: CellProblem | null } {
    const { currency, valueMinor } = draft
    if (currency === null || valueMinor === null || valueMinor === 0) return { valueMinor, original: null, problem: null }
    let seen = this.seen.get(currency)
    if (!seen) {
      seen = { currency, rows: 0, totalMinor: 0, choice: this.choices[currency] ?? null, convertedMinor: null }
      this.seen.set(currency, seen)
    }
    seen.rows++
    seen.totalMinor += valueMinor
    const original = { currency, valueMinor }
    const choice = seen.choice
    if (choice?.kind === 'reject') return { valueMinor: null, original, problem: { column, reason: `The amount is in ${currency}, and you chose to leave out the rows in ${currency}` } }
    if (!choice) {
      if (mode === 'import') return { valueMinor: null, original, problem: { column, reason: `The amount is in ${currency}: type a rate for ${currency} in the preview, or leave those rows out` } }
      return { valueMinor: null, original, problem: null }
    }
    const converted = convertMinor(valueMinor, choice.rate)
    if (converted > 1e13) return { valueMinor: null, original, problem: { column, reason: `${valueMinor / 100} ${currency} at ${choice.rate} is too large an amount` } }
    seen.convertedMinor = (seen.convertedMinor ?? 0) + converted
    return { valueMinor: converted, original, problem: null }
  }

  list(): CurrencySeen[] {
    return [...this.seen.values()].sort((a, b) => b.rows - a.rows || a.currency.localeCompare(b.currency))
  }

  /** The rates the import converted at, for its record. */
  rates(): Array<{ currency: string; rate: string }> {
    return this.list().flatMap((seen) => (seen.choice?.kind === 'convert' && seen.convertedMinor !== null ? [{ currency: seen.currency, rate: seen.choice.rate }] : []))
  }
}

/**
 * A day from the file as an instant: noon on that day in the firm's time zone, so every page,
 * goal and report (which all read days in that zone) puts it on the day the file says — noon
 * UTC would be the next day in Auckland in summer.
 */
export function dayInstant(day: string | null, now: string, zone: string): string {
  return day ? instantAt(day, '12:00', zone) : now
}

/** The day a lead the file closes without a date closes on: the firm's today. */
export function closeInstant(placement: Placement, now: string, zone: string): string | null {
  return placement.outcome === 'open' ? null : dayInstant(placement.closedOn ?? dayOf(now, zone), now, zone)
}

/** When a lead was created and, if won or lost, when it closed: a deal never closes before it was opened. */
export function leadTimes(draft: LeadDraft, placement: Placement, now: string, zone: string): { createdAt: string; closedAt: string | null } {
  const closedAt = closeInstant(placement, now, zone)
  const createdAt = dayInstant(draft.createdOn, now, zone)
  return { createdAt: closedAt !== null && closedAt < createdAt ? closedAt : createdAt, closedAt }
}

/** A won or lost lead's history: it was opened in its stage, then closed on its day. */
export async function writeClosingHistory(sql: Statements, leadId: number, placement: Placement, createdAt: string, closedAt: string): Promise<void> {
  const { openStage, stage } = placement
  await sql.history.run(leadId, null, openStage.id, null, openStage.name, openStage.kind, createdAt)
  await sql.history.run(leadId, openStage.id, stage.id, openStage.name, stage.name, stage.kind, closedAt)
}

