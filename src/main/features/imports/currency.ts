// Which currency an amount is in: the file's currency column ("EUR", "usd", "€", "Euro") or the
// sign or code written in the amount itself ("1.234,50 €", "US$ 900", "GBP 300"). "$" alone is
// the workspace's own currency when that is a dollar, else the US dollar.

const SUPPORTED = new Set(Intl.supportedValuesOf('currency'))

const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN'])

// Longest first, so "US$" is read before "$".
const SIGNS: Array<[string, string]> = [
  ['US$', 'USD'],
  ['CA$', 'CAD'],
  ['AU$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['MX$', 'MXN'],
  ['R$', 'BRL'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['S$', 'SGD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₺', 'TRY'],
  ['zł', 'PLN'],
  ['Fr.', 'CHF'],
  ['Kč', 'CZK'],
]

const NAMES = new Map<string, string>([
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['us dollar', 'USD'],
  ['us dollars', 'USD'],
  ['pound', 'GBP'],
  ['pounds', 'GBP'],
  ['pound sterling', 'GBP'],
  ['sterling', 'GBP'],
  ['swiss franc', 'CHF'],
  ['swiss francs', 'CHF'],
  ['franken', 'CHF'],
  ['yen', 'JPY'],
])

const dollar = (workspace: string) => (DOLLARS.has(workspace) ? workspace : 'USD')

/** The currency a currency cell names; null when it is not one Baton knows. */
export function currencyCode(text: string, workspace: string): string | null {
  const value = text.trim()
  const upper = value.toUpperCase()
  if (/^[A-Z]{3}$/.test(upper) && SUPPORTED.has(upper)) return upper
  if (value === '$') return dollar(workspace)
  for (const [sign, code] of SIGNS) if (value === sign) return code
  return NAMES.get(value.toLowerCase().replace(/\s+/g, ' ')) ?? null
}

/** An amount written with digits, marks and spaces only: no currency in it. */
export const PLAIN_AMOUNT = /^[\d.,\s'’\u00a0\u202f-]*$/
const CODE_IN_AMOUNT = /(?:^|[^A-Za-z])([A-Za-z]{3})(?:$|[^A-Za-z])/

/** The currency an amount cell writes itself in ("1.234,50 €" is EUR); null when it says none. */
export function currencyInAmount(text: string, workspace: string): string | null {
  if (PLAIN_AMOUNT.test(text)) return null
  for (const [sign, code] of SIGNS) if (text.includes(sign)) return code
  if (text.includes('$')) return dollar(workspace)
  const code = CODE_IN_AMOUNT.exec(text)?.[1]?.toUpperCase()
  return code && SUPPORTED.has(code) ? code : null
}

/** The amount cell without its currency, for parseAmountMinor. */
export function withoutCurrency(text: string): string {
  if (PLAIN_AMOUNT.test(text)) return text
  let rest = text
  for (const [sign] of SIGNS) rest = rest.split(sign).join('')
  return rest.replace(/\$/g, '').replace(/[A-Za-z]{3}/g, (code) => (SUPPORTED.has(code.toUpperCase()) ? '' : code))
}

/**
 * An amount in minor units converted at a rate written as a decimal ("0.92": 0.92 units of the
 * workspace's currency per unit of the file's), rounded half up to the cent; exact, in integers.
 */
export function convertMinor(minor: number, rate: string): number {
  const [whole = '0', fraction = ''] = rate.split('.')
  const numerator = BigInt(whole + fraction)
  const scale = 10n ** BigInt(fraction.length)
  return Number((BigInt(minor) * numerator * 2n + scale) / (2n * scale))
}
