import { describe, expect, it } from 'vitest'
import { countOf, formOf, IT, LEAD, noun } from './plural'

describe('countOf', () => {
  it('says one in the singular and every other count in the plural', () => {
    expect(countOf(1, LEAD)).toBe('1 lead')
    expect(countOf(0, LEAD)).toBe('0 leads')
    expect(countOf(2, LEAD)).toBe('2 leads')
    expect(countOf(12_000, LEAD)).toBe('12,000 leads')
  })

  it('takes irregular plurals and pronouns', () => {
    expect(countOf(3, noun('activity', 'activities'))).toBe('3 activities')
    expect(formOf(1, IT)).toBe('it')
    expect(formOf(5, IT)).toBe('they')
  })
})
