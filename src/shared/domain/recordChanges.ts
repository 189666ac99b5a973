// Who changed a record after someone opened it, in words: "Dana Li changed the value of this
// lead 20 seconds ago." The refusal of a save based on an older version (issue 19) says this,
// so the person knows what they would have overwritten before they apply their changes again.

export type VersionedRecord = 'lead' | 'person' | 'organization' | 'campaign' | 'goal'

const NOUN: Record<VersionedRecord, string> = { lead: 'lead', person: 'person', organization: 'organisation', campaign: 'campaign', goal: 'goal' }

// Column names as a person would say them; a field missing here is "details".
const FIELD_WORDS: Record<string, string> = {
  title: 'the title',
  value_minor: 'the value',
  probability_override: 'the probability',
  owner: 'the owner',
  notes: 'the notes',
  expected_close_on: 'the expected close date',
  source_campaign_id: 'the source campaign',
  person_id: 'who it is with',
  organization_id: 'the organisation',
  stage_id: 'the stage',
  lost_reason: 'the lost reason',
  name: 'the name',
  email: 'the email',
  phone: 'the phone number',
  job_title: 'the job title',
  segment_id: 'the segment',
  domain: 'the domain',
  website: 'the website',
  industry: 'the industry',
  size: 'the size',
  region: 'the region',
  address: 'the address',
  channel: 'the channel',
  objective: 'the objective',
  budget_minor: 'the budget',
  starts_on: 'the start date',
  ends_on: 'the end date',
  status: 'the status',
  tracking_code: 'the tracking code',
  description: 'the description',
  metric: 'what it measures',
  target: 'the target',
  baseline: 'the baseline',
  team: 'the team',
  filters: 'what it counts',
  why: 'the reason for it',
  tags: 'the tags',
  emails: 'the email addresses',
  phones: 'the phone numbers',
  customFields: 'the custom fields',
}

export const fieldWords = (field: string) => FIELD_WORDS[field] ?? 'details'

/** "the value", "the value and the notes", "the value, the notes and 2 other fields". */
export function listFields(fields: readonly string[]): string {
  const words = [...new Set(fields.map(fieldWords))]
  if (words.length === 0) return ''
  if (words.length === 1) return words[0] as string
  if (words.length <= 3) return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] as string}`
  const rest = words.length - 2
  return `${words.slice(0, 2).join(', ')} and ${rest} other fields`
}

/** "just now", "20 seconds ago", "3 minutes ago", "2 hours ago", "on 2026-12-05". */
export function timeAgo(at: string, now: number): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(at)) / 1000))
  if (seconds < 5) return 'just now'
  if (seconds < 60) return `${seconds} seconds ago`
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return minutes === 1 ? 'a minute ago' : `${minutes} minutes ago`
  const hours = Math.round(minutes / 60)
  if (hours < 24) return hours === 1 ? 'an hour ago' : `${hours} hours ago`
  return `on ${at.slice(0, 10)}`
}

export interface NewerChange {
  /** The member who saved it; null when Baton does not know (a solo workspace, a bulk edit). */
  by: string | null
  fields: readonly string[]
  at: string
  /** What a bulk change, undo or import did, said after who did it ("moved 40 leads to Qualified"). */
  summary?: string | null
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * What happened to a record since the version a save was based on, newest last:
 * "Dana Li changed the value of this lead 20 seconds ago." A bulk change, undo or import is
 * named as what it did: "Sam Ortiz moved 40 leads to Qualified a minute ago."
 */
export function describeNewerChanges(record: VersionedRecord, changes: readonly NewerChange[], now: number): string {
  const noun = NOUN[record]
  if (changes.length === 0) return `This ${noun} was changed after you opened it.`
  const saves = changes.filter((c) => !c.summary)
  const lastSave = saves.at(-1)
  // The latest two bulk changes, each once, oldest first (one bulk change logs one row per record).
  const bulk = [...new Map(changes.filter((c) => c.summary).map((c) => [`${c.by ?? ''}|${c.summary ?? ''}|${c.at}`, c])).values()].slice(-2)
  const sentences = [
    ...(lastSave ? [{ at: lastSave.at, text: describeSaves(noun, saves, now) }] : []),
    // In a solo workspace nobody is signed in: the one person who works in it did it.
    ...bulk.map((c) => ({ at: c.at, text: `${c.by ?? 'You'} ${c.summary as string} ${timeAgo(c.at, now)}.` })),
  ]
  return sentences
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((s) => s.text)
    .join(' ')
}

function describeSaves(noun: string, changes: readonly NewerChange[], now: number): string {
  const latest = changes[changes.length - 1] as NewerChange
  const people = [...new Set(changes.map((c) => c.by).filter((by): by is string => by !== null))]
  const what = listFields(changes.flatMap((c) => c.fields))
  const when = timeAgo(latest.at, now)
  if (people.length === 0) return what ? `${capitalise(what)} of this ${noun} changed ${when}.` : `This ${noun} was changed ${when}.`
  const who = people.length === 1 ? (people[0] as string) : `${people.slice(0, -1).join(', ')} and ${people[people.length - 1] as string}`
  return what ? `${who} changed ${what} of this ${noun} ${when}.` : `${who} changed this ${noun} ${when}.`
}
