import { describe, expect, it } from 'vitest'
import { searchWords } from './search'

describe('searchWords', () => {
  it('keeps each word', () => {
    expect(searchWords('acme dent')).toEqual(['acme', 'dent'])
    expect(searchWords('  Élodie ')).toEqual(['Élodie'])
  })

  it('splits on punctuation, so emails and hyphenated names search by their parts', () => {
    expect(searchWords('dana@acme.test')).toEqual(['dana', 'acme', 'test'])
    expect(searchWords('Jean-Luc')).toEqual(['Jean', 'Luc'])
  })

  it('never lets search syntax through', () => {
    expect(searchWords('name:"x" OR NEAR(a b) ^c * & !d | e:*')).toEqual(['name', 'x', 'OR', 'NEAR', 'a', 'b', 'c', 'd', 'e'])
  })

  it('is null when there is nothing to look for', () => {
    expect(searchWords('')).toBeNull()
    expect(searchWords(' -- "" ')).toBeNull()
  })
})
