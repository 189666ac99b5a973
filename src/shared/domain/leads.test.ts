import { describe, expect, it } from 'vitest'
import { dealNameOf, dealRowName } from './leads'

describe('what a deal is called', () => {
  it('is its title, else its person, else its organisation', () => {
    expect(dealNameOf('Upsell: more seats', 'Ruth Perez', 'Ironwood Cleaning')).toBe('Upsell: more seats')
    expect(dealNameOf(null, 'Ruth Perez', 'Ironwood Cleaning')).toBe('Ruth Perez')
    expect(dealNameOf('  ', null, 'Ironwood Cleaning')).toBe('Ironwood Cleaning')
  })

  it('names a titled row with who it is with, since titles repeat across customers', () => {
    const row = (title: string | null, personName: string | null, company: string | null) =>
      dealRowName({ title, personName, company, dealName: dealNameOf(title, personName, company) })
    expect(row('Upsell: more seats', 'Ruth Perez', 'Ironwood Cleaning')).toBe('Upsell: more seats — Ruth Perez')
    expect(row('Upsell: more seats', null, 'Ironwood Cleaning')).toBe('Upsell: more seats — Ironwood Cleaning')
    expect(row('Upsell: more seats', 'Isaac Walker', null)).not.toBe(row('Upsell: more seats', 'Ruth Perez', null))
    expect(row(null, 'Ruth Perez', 'Ironwood Cleaning')).toBe('Ruth Perez')
  })
})
