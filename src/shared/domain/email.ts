// Email addresses as people have them, international ones included (RFC 6531/6532):
// a Unicode local part (josé@…) and internationalised domain names (…@exämple.com,
// 用户@例子.广告). Obvious garbage is still refused: spaces, no or two @, empty parts,
// dots at the edges or doubled, a domain without a dot or with a label that cannot exist.

// Letters, marks and digits of any script, and the specials RFC 5322 allows unquoted.
const LOCAL_PART = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u
const ASCII_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/

/** The domain as DNS spells it (IDNA, punycode for non-ASCII labels), or null if it cannot be one. */
export function asciiDomain(domain: string): string | null {
  if (domain === '' || domain.length > 253 || /[\s/\\?#@:[\]%]/u.test(domain)) return null
  let host: string
  try {
    host = new URL(`http://${domain}`).hostname
  } catch {
    return null
  }
  const labels = host.split('.')
  if (labels.length < 2 || host.length > 253) return null
  if (!labels.every((label) => ASCII_LABEL.test(label))) return null
  return TOP_LEVEL.test(labels.at(-1) ?? '') ? host : null
}

export function isEmailAddress(text: string): boolean {
  const value = text.normalize('NFC')
  const at = value.lastIndexOf('@')
  if (at <= 0 || at === value.length - 1) return false
  const local = value.slice(0, at)
  const domain = value.slice(at + 1)
  if (new TextEncoder().encode(local).length > 64) return false
  return LOCAL_PART.test(local) && asciiDomain(domain) !== null
}
