import type { Lead } from '@shared/domain/leads'
import { countOf, noun } from '@shared/domain/plural'

const ORGANIZATION = noun('organisation')
const PERSON = noun('person', 'people')

/** "Acme Ltd and Globex" for one or two names, "3 organisations" for more. */
function named(names: string[], word: ReturnType<typeof noun>): string {
  return names.length <= 2 ? names.join(' and ') : countOf(names.length, word)
}

/**
 * What a bulk "Set segment" on these deals really did, for its toast. A deal's segment is its
 * organisation's (its person's when it has none), so the organisations and people move — and
 * their other deals with them. Saying "Put 2 leads in …" would hide that.
 */
export function segmentMoveSummary(leads: ReadonlyArray<Pick<Lead, 'personId' | 'personName' | 'organizationId' | 'company'>>, segmentName: string | null): string {
  const organizations = new Map<number, string>()
  const people = new Map<number, string>()
  for (const lead of leads) {
    if (lead.organizationId !== null) organizations.set(lead.organizationId, lead.company ?? '')
    else if (lead.personId !== null) people.set(lead.personId, lead.personName ?? '')
  }
  const parts = [
    ...(organizations.size > 0 ? [named([...organizations.values()], ORGANIZATION)] : []),
    ...(people.size > 0 ? [organizations.size > 0 ? countOf(people.size, PERSON) : named([...people.values()], PERSON)] : []),
  ]
  const who = parts.join(' and ')
  const others = 'Their other deals moved with them'
  return segmentName === null ? `Took ${who} out of their segment. ${others}.` : `Put ${who} in “${segmentName}”. ${others}.`
}
