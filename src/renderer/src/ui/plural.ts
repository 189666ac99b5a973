const rules = new Intl.PluralRules('en-US')

/** "1 lead", "2,400 leads": the count and the word that goes with it. */
export function countOf(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${rules.select(n) === 'one' ? one : many}`
}
