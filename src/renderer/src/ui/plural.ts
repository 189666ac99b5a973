import { countOf, noun } from '@shared/domain/plural'

/** "1 day", "3 days", "1,204 leads": the shared plural rules for a word used in one place. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return countOf(count, noun(one, many))
}
