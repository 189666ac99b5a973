// Money is kept in integer minor units (cents) everywhere; only the screen sees decimals.

export function formatMoney(minor: number, currency = 'USD', locale = 'en-US', options: { compact?: boolean } = {}): string {
  // Whole amounts drop the cents ("$1,000"); any other amount shows both digits ("$1.50", not "$1.5").
  const cents = options.compact || minor % 100 === 0 ? 0 : 2
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: options.compact ? 'compact' : 'standard',
    maximumFractionDigits: options.compact ? 1 : cents,
    minimumFractionDigits: cents,
  })
  return format.format(minor / 100)
}

/** The largest amount Baton keeps, in minor units: 100 billion in the currency, exact in every sum. */
export const MAX_MINOR = 1e13

export const AMOUNT_TOO_LARGE = 'That amount is too large: Baton keeps amounts up to 100,000,000,000.00'
export const AMOUNT_NOT_WHOLE_CENTS = 'Enter a whole amount in cents'

/** What is wrong with an amount a person typed, in words for beside the field; null when it reads as an amount Baton can keep. */
export function amountProblem(text: string, example = '2,500.00'): string | null {
  const minor = parseMoney(text)
  if (minor === null) return `Enter an amount like ${example}`
  return minor > MAX_MINOR ? AMOUNT_TOO_LARGE : null
}

/** Reads what a person types ("1,250.50", "$ 900", "") into minor units; null when it is not an amount. */
export function parseMoney(text: string): number | null {
  const cleaned = text.replace(/[\s$€£¥,]/g, '')
  if (cleaned === '') return 0
  if (!/^\d+(\.\d{0,2})?$/.test(cleaned)) return null
  const [whole = '0', fraction = ''] = cleaned.split('.')
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
}

export function minorToInput(minor: number): string {
  return minor % 100 === 0 ? String(minor / 100) : (minor / 100).toFixed(2)
}
