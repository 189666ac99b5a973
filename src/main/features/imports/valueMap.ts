import type { OwnerChoice, RefChoice } from '@shared/domain/imports'

// How a campaign, stage or owner named in a file meets what Baton knows: exact names
// (case aside) are known; a close match is offered as the suggestion; the person's
// choices (the value map) decide the rest, and what is not in it follows the create options.

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
export const KNOWN_OWNERS_SQL = `SELECT name FROM team_members ORDER BY archived_at IS NOT NULL, name COLLATE NOCASE`

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

/** Owners were always taken as written, so a new name is kept unless it is close to one Baton knows. */
export function suggestOwner(value: string, index: ReadonlyMap<string, string>, saved: OwnerChoice | undefined): OwnerChoice {
  if (saved) return saved
  const match = closeMatch(value, [...index.values()].map((owner) => [owner, owner] as const))
  return match ? { kind: 'existing', name: match } : { kind: 'create' }
}
