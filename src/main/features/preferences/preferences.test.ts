import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'

describe('preferences', () => {
  let t: TestWorkspace
  beforeEach(async () => {
    t = await testWorkspace()
  })
  afterEach(() => t.dispose())

  it('starts with US dollars, US English, Monday weeks, the system theme and notifications on', async () => {
    expect(await t.call('preferences.get', {})).toEqual({
      currency: 'USD',
      locale: 'en-US',
      weekStart: 1,
      theme: 'system',
      notificationsEnabled: true,
      quietHours: null,
    })
  })

  it('changes only what is given, canonicalising codes', async () => {
    await t.call('preferences.update', { currency: 'eur', locale: 'de-de' })
    const next = await t.call('preferences.update', { theme: 'dark', quietHours: { startMinute: 1320, endMinute: 420 } })
    expect(next).toMatchObject({ currency: 'EUR', locale: 'de-DE', theme: 'dark', weekStart: 1, quietHours: { startMinute: 1320, endMinute: 420 } })
    expect(await t.call('preferences.update', { quietHours: null, notificationsEnabled: false })).toMatchObject({ quietHours: null, notificationsEnabled: false })
  })

  it('refuses unknown currencies, locales and days with a message on the field', async () => {
    const currency = await t.fail('preferences.update', { currency: 'XYZ' })
    expect(currency.field).toBe('currency')
    expect(currency.message).toContain('three-letter')
    expect(await t.fail('preferences.update', { locale: 'not a locale!' })).toMatchObject({ field: 'locale' })
    expect(await t.fail('preferences.update', { weekStart: 7 })).toMatchObject({ field: 'weekStart' })
    expect(await t.call('preferences.get', {})).toMatchObject({ currency: 'USD', locale: 'en-US' })
  })
})
