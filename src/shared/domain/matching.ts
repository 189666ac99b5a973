// How Baton tells that two spellings name the same organisation or person, and the same email,
// phone or web domain. Keys are stored beside the names (name_key) so a match is an index lookup.
// Migration 13 froze its own copy of these rules for the upgrade; this is the living one that
// creating a lead, the import and the pickers use.

const withoutAccents = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '')

/** "Acme Ltd", "ACME  Ltd" and "acme ltd." → "acme ltd": case, accents, punctuation and spacing aside. */
export function organizationNameKey(name: string): string {
  return withoutAccents(name)
    .toLowerCase()
    .replace(/[-/_\\]+/g, ' ')
    .replace(/[\p{P}\p{S}]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** "José  Díaz" and "jose diaz" → "josediaz": case, accents and spacing aside. */
export function personNameKey(name: string): string {
  return withoutAccents(name).toLowerCase().replace(/\s+/g, '')
}

/** An email as it is compared: NFC, lower case (stored addresses already are, from forms and imports). */
export const emailKey = (email: string) => email.trim().normalize('NFC').toLowerCase()

/** A phone number as it is compared: its digits and a leading plus. */
export const phoneKey = (phone: string) => phone.replace(/[^\d+]/g, '')

/**
 * The web domain a website or address names, lower case, without scheme, "www.", path or port:
 * "https://www.Acme.com/about" → "acme.com". Null when there is no host in it.
 */
export function domainOf(text: string): string | null {
  const trimmed = text.trim().toLowerCase()
  if (trimmed === '') return null
  const host = trimmed
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^[^@/]*@/, '')
    .split(/[/?#:]/)[0]
    ?.replace(/^www\./, '')
    .replace(/\.$/, '')
  return host && /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(host) ? host : null
}

/**
 * The smallest text after every text starting with `prefix`, for an index range
 * `key >= prefix AND key < prefixEnd(prefix)` (both engines compare such keys by code point).
 */
export function prefixEnd(prefix: string): string {
  const last = prefix.codePointAt(prefix.length - 1)
  if (last === undefined || last === 0x10ffff) return `${prefix}\u{10FFFF}`
  const head = prefix.slice(0, prefix.length - String.fromCodePoint(last).length)
  return head + String.fromCodePoint(last + 1)
}
