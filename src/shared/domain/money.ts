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
