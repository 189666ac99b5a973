// Counts in words, for every message and label that says how many: "1 lead", "2,400 leads".
// Plural rules and number formats come from Intl, not from `n === 1` and string glue.
const LOCALE = 'en-US'
const pluralRules = new Intl.PluralRules(LOCALE)
const numbers = new Intl.NumberFormat(LOCALE)

export interface Noun {
  one: string
  other: string
}

/** "lead" → { one: 'lead', other: 'leads' }; pass both forms for the irregular ones. */
export const noun = (one: string, other = `${one}s`): Noun => ({ one, other })

/** The form of `noun` that goes with `n`, without the number: "lead" or "leads". */
export const formOf = (n: number, word: Noun): string => (pluralRules.select(n) === 'one' ? word.one : word.other)

/** A count as digits with separators: "12,000". */
export const formatCount = (n: number): string => numbers.format(n)

/** The number and the noun: "1 lead", "0 leads", "12,000 leads". */
export const countOf = (n: number, word: Noun): string => `${numbers.format(n)} ${formOf(n, word)}`

export const LEAD = noun('lead')
export const FOLLOW_UP = noun('follow-up')
/** "it" for one, "they"/"them" for many: `formOf(n, IT)`. */
export const IT = noun('it', 'they')
export const IT_OBJECT = noun('it', 'them')
