import type { NameChoice, OwnerChoice, RefChoice, StatusChoice } from '@shared/domain/imports'
import { meaningOf, stageForMeaning, statusOf } from './stageMeaning'

// How a campaign, stage, status, owner or lost reason named in a file meets what Baton knows:
// exact names (case aside) are known; a close match — in spelling, or for a stage in meaning — is
// the suggestion; the person's choices (the value map) decide the rest. The import itself follows
// the same suggestions for values the person was not asked about, so what the preview showed is
// what lands.

export interface NamedRef {
  id: number
  name: string
}

export interface StageRef extends NamedRef {
  kind: string
}

/**
 * The owners Baton knows: the team (Settings → Team), which everyone already named as an
 * owner has joined. An owner the import adds joins it too (a trigger on leads).
 */
// lower() rather than COLLATE NOCASE: the same order on either engine (team members are few; no index needed).
export const KNOWN_OWNERS_SQL = `SELECT name FROM team_members ORDER BY archived_at IS NOT NULL, lower(name), name`

/** Other CRMs' words for the closed stages. */
const CLOSED_STAGE_WORDS: Record<string, string[]> = { won: ['won', 'closed won', 'closedwon'], lost: ['lost', 'closed lost', 'closedlost'] }

const lower = (text: string) => text.toLowerCase()

/** Case, spaces and punctuation aside: "Linkedin Ads" and "LinkedIn-ads" share a key. */
export const matchKey = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  const restA = a.slice(i)
  const restB = b.slice(i)
  return restA.slice(1) === restB.slice(1) || restA === restB.slice(1) || restA.slice(1) === restB
}

/**
 * The existing entry a value most likely means: same letters and digits (case, spaces and
 * punctuation aside), else one typo away when both are at least five characters long.
 */
export function closeMatch<T>(value: string, entries: ReadonlyArray<readonly [string, T]>): T | null {
  const key = matchKey(value)
  if (key === '') return null
  for (const [name, entry] of entries) if (matchKey(name) === key) return entry
  if (key.length < 5) return null
  for (const [name, entry] of entries) {
    const other = matchKey(name)
    if (other.length >= 5 && withinOneEdit(key, other)) return entry
  }
  return null
}

/** Campaigns by lower-case name (the first of two with the same name wins). */
export function campaignIndex(campaigns: readonly NamedRef[]): Map<string, NamedRef> {
  const index = new Map<string, NamedRef>()
  for (const campaign of campaigns) if (!index.has(lower(campaign.name))) index.set(lower(campaign.name), campaign)
  return index
}

/** A pipeline's stages by lower-case name, with other CRMs' words for won and lost. */
export function stageIndex(stages: readonly StageRef[]): Map<string, StageRef> {
  const index = new Map<string, StageRef>()
  for (const stage of stages) index.set(lower(stage.name), stage)
  for (const stage of stages.filter((s) => s.kind !== 'open')) {
    for (const word of CLOSED_STAGE_WORDS[stage.kind] ?? []) if (!index.has(word)) index.set(word, stage)
  }
  return index
}

/** Owners (or lost reasons) by lower-case name, as Baton spells them. */
export function ownerIndex(owners: readonly string[]): Map<string, string> {
  const index = new Map<string, string>()
  for (const owner of owners) if (!index.has(lower(owner))) index.set(lower(owner), owner)
  return index
}

/** The person's choice for a value: as written, else the same value in another case. */
export class ChoiceLookup<C> {
  private byLower = new Map<string, C>()
  constructor(private choices: Readonly<Record<string, C>>) {
    for (const [value, choice] of Object.entries(choices)) if (!this.byLower.has(lower(value))) this.byLower.set(lower(value), choice)
  }

  get(value: string): C | undefined {
    return Object.hasOwn(this.choices, value) ? this.choices[value] : this.byLower.get(lower(value))
  }
}

/** What to offer first for an unknown campaign or stage: the saved choice if it still holds, a close match, else what the create option says. */
export function suggestRef(value: string, index: ReadonlyMap<string, NamedRef>, saved: RefChoice | undefined, createByDefault: boolean): RefChoice {
  const ids = new Set([...index.values()].map((ref) => ref.id))
  if (saved && (saved.kind !== 'existing' || ids.has(saved.id))) return saved
  const match = closeMatch(value, [...index.entries()])
  if (match) return { kind: 'existing', id: match.id }
  return createByDefault ? { kind: 'create' } : { kind: 'reject' }
}

/**
 * What to offer first for a stage the pipeline doesn't have by that name: the saved choice if it
 * still holds, a stage spelled nearly the same, a stage that means the same ("Contact Made" is
 * Contacted, "Closed Won" is Won, "Demo Scheduled" is the furthest stage before it), else a new
 * stage if the create option says so, else the pipeline's first stage. Never "reject": that is
 * the person's choice to make.
 */
export function suggestStage(value: string, stages: readonly StageRef[], saved: RefChoice | undefined, createByDefault: boolean): RefChoice {
  if (saved && (saved.kind !== 'existing' || stages.some((stage) => stage.id === saved.id))) return saved
  const spelled = closeMatch(value, stages.map((stage) => [stage.name, stage] as const))
  if (spelled) return { kind: 'existing', id: spelled.id }
  const meaning = meaningOf(value)
  const meant = meaning ? stageForMeaning(meaning, stages) : null
  if (meant) return { kind: 'existing', id: meant.id }
  return createByDefault ? { kind: 'create' } : { kind: 'empty' }
}

/** What a status value means: the saved choice, else what its words say (won, lost, or open). */
export function suggestStatus(value: string, saved: StatusChoice | undefined): StatusChoice {
  return saved ?? { kind: statusOf(value) }
}

/** Owners and lost reasons are kept by name: a new one is added unless it is close to one Baton knows. */
export function suggestName(value: string, index: ReadonlyMap<string, string>, saved: NameChoice | undefined): NameChoice {
  if (saved) return saved
  const match = closeMatch(value, [...index.values()].map((name) => [name, name] as const))
  return match ? { kind: 'existing', name: match } : { kind: 'create' }
}

export const suggestOwner: (value: string, index: ReadonlyMap<string, string>, saved: OwnerChoice | undefined) => OwnerChoice = suggestName
