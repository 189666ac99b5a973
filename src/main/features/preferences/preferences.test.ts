import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { computerTimeZone } from '@shared/domain/firmClock'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'
import { execute, queryValue } from '../../../../test/fixtures/sql'

describe('preferences', () => {
  let t: TestWorkspace
  beforeEach(async () => {
    t = await testWorkspace()
  })
  afterEach(() => t.dispose())

  it('starts with US dollars, US English, Monday weeks, the computer’s time zone, the system theme and notifications on', async () => {
    expect(await t.call('preferences.get', {})).toEqual({
      currency: 'USD',
      locale: 'en-US',
      weekStart: 1,
      timeZone: computerTimeZone(),
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
    expect(await t.fail('preferences.update', { timeZone: 'Mars/Olympus_Mons' })).toMatchObject({ field: 'timeZone', message: expect.stringContaining('Pick a time zone') as string })
    expect(await t.call('preferences.get', {})).toMatchObject({ currency: 'USD', locale: 'en-US' })
  })

  it('keeps the firm’s time zone with the workspace, and reads one this computer does not know as UTC', async () => {
    expect(await t.call('preferences.update', { timeZone: 'Pacific/Auckland' })).toMatchObject({ timeZone: 'Pacific/Auckland' })
    expect(await queryValue(t.database.db, sql`SELECT time_zone FROM settings`)).toBe('Pacific/Auckland')
    await execute(t.database.db, sql`UPDATE settings SET time_zone = 'Atlantis/Capital'`)
    expect(await t.call('preferences.get', {})).toMatchObject({ timeZone: 'UTC' })
  })
})
