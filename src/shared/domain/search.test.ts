import { describe, expect, it } from 'vitest'
import { toFtsQuery } from './search'

describe('toFtsQuery', () => {
  it('turns each word into a quoted prefix term', () => {
    expect(toFtsQuery('acme dent')).toBe('"acme"* "dent"*')
    expect(toFtsQuery('  Élodie ')).toBe('"Élodie"*')
  })

  it('splits on punctuation, so emails and hyphenated names search by their parts', () => {
    expect(toFtsQuery('dana@acme.test')).toBe('"dana"* "acme"* "test"*')
    expect(toFtsQuery('Jean-Luc')).toBe('"Jean"* "Luc"*')
  })

  it('never lets FTS5 syntax through', () => {
    expect(toFtsQuery('name:"x" OR NEAR(a b) ^c *')).toBe('"name"* "x"* "OR"* "NEAR"* "a"* "b"* "c"*')
  })

  it('is null when there is nothing to look for', () => {
    expect(toFtsQuery('')).toBeNull()
    expect(toFtsQuery(' -- "" ')).toBeNull()
  })
})
