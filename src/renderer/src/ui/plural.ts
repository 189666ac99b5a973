const rules = new Intl.PluralRules('en-US')

/** "1 day", "3 days", "1,204 leads". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${rules.select(count) === 'one' ? one : many}`
}
