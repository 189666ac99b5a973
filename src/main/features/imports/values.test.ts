import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isRealDate } from '@shared/domain/dates'
import { amountCellReason, hintOf, parseAmountMinor, parseDay, splitTags } from './values'

describe('parseAmountMinor', () => {
  it('reads decimal points and thousands commas', () => {
    expect(parseAmountMinor('1,234.50', '.')).toBe(123_450)
    expect(parseAmountMinor('$ 1,234', '.')).toBe(123_400)
    expect(parseAmountMinor('900', '.')).toBe(90_000)
    expect(parseAmountMinor('12.5', '.')).toBe(1_250)
    expect(parseAmountMinor('1234567.89', '.')).toBe(123_456_789)
  })
  it('reads decimal commas and thousands points (European)', () => {
    expect(parseAmountMinor('1.234,50', ',')).toBe(123_450)
    expect(parseAmountMinor('1.234.567,5 €', ',')).toBe(123_456_750)
    expect(parseAmountMinor('12,5', ',')).toBe(1_250)
    expect(parseAmountMinor('1 234,50', ',')).toBe(123_450)
  })
  it('treats an empty cell as zero and refuses what is not an amount', () => {
    expect(parseAmountMinor('', '.')).toBe(0)
    expect(parseAmountMinor('lots', '.')).toBeNull()
    expect(parseAmountMinor('-5', '.')).toBeNull()
    expect(parseAmountMinor('1,23,4', '.')).toBeNull()
    expect(parseAmountMinor('1.234,50', '.')).toBeNull()
    expect(parseAmountMinor('1.999', '.')).toBeNull()
    expect(parseAmountMinor('1.5000', '.')).toBe(150)
    expect(parseAmountMinor('99999999999999999', '.')).toBeNull()
  })
  it('says an amount past Baton’s limit is too large, and other cells are not amounts', () => {
    expect(amountCellReason('100000000000000000000', '.')).toBe('“100000000000000000000” is too large: Baton keeps amounts up to 100,000,000,000.00')
    expect(amountCellReason('1.000.000.000.000,00 €', ',', '1.000.000.000.000,00')).toBe('“1.000.000.000.000,00 €” is too large: Baton keeps amounts up to 100,000,000,000.00')
    expect(amountCellReason('lots', '.')).toBe('“lots” is not an amount')
  })
})

describe('parseDay', () => {
  it('reads ISO days and instants', () => {
    expect(parseDay('2026-03-12', 'dmy')).toBe('2026-03-12')
    expect(parseDay('2026-03-12T10:15:00Z', 'mdy')).toBe('2026-03-12')
    expect(parseDay('2026-03-12 10:15:00', 'mdy')).toBe('2026-03-12')
  })
  it('reads 12/03/2026 day first or month first, as chosen', () => {
    expect(parseDay('12/03/2026', 'dmy')).toBe('2026-03-12')
    expect(parseDay('12/03/2026', 'mdy')).toBe('2026-12-03')
    expect(parseDay('12.03.2026', 'dmy')).toBe('2026-03-12')
    expect(parseDay('3/4/26', 'mdy')).toBe('2026-03-04')
    expect(parseDay('03/04/2026 2:30 PM', 'mdy')).toBe('2026-03-04')
  })
  it('refuses impossible dates and text', () => {
    expect(parseDay('31/02/2026', 'dmy')).toBeNull()
    expect(parseDay('13/13/2026', 'dmy')).toBeNull()
    expect(parseDay('next week', 'dmy')).toBeNull()
    expect(parseDay('2026-02-30', 'dmy')).toBeNull()
  })
  it('knows leap years as the calendar does', () => {
    expect(parseDay('29/02/2024', 'dmy')).toBe('2024-02-29')
    expect(parseDay('29/02/2000', 'dmy')).toBe('2000-02-29')
    expect(parseDay('29/02/1900', 'dmy')).toBeNull()
    expect(parseDay('2100-02-29', 'dmy')).toBeNull()
  })
  it('accepts exactly the days the calendar has', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0')
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, date) => {
        const iso = `${pad(year, 4)}-${pad(month)}-${pad(date)}`
        expect(parseDay(iso, 'dmy')).toBe(isRealDate(iso) ? iso : null)
      }),
      { numRuns: 5_000 },
    )
  })
})

describe('what a column’s values say about dates and amounts', () => {
  it('counts dates that can only be day first or month first (and dotted dates as day first)', () => {
    expect(hintOf(['01/02/2026', '25/12/2026', '31.12.2026', '2026-01-01', ''])).toEqual({ dayFirst: 2, monthFirst: 0, decimalComma: 0, decimalPoint: 0 })
    expect(hintOf(['12/25/2026', '02/13/2026 10:00 AM'])).toMatchObject({ dayFirst: 0, monthFirst: 2 })
  })
  it('counts amounts that can only have a decimal comma or a decimal point', () => {
    expect(hintOf(['', '1.234,50 €', '12,5', '1000', '1.234'])).toEqual({ dayFirst: 0, monthFirst: 0, decimalComma: 2, decimalPoint: 0 })
    expect(hintOf(['$1,234.50', '99.99'])).toMatchObject({ decimalComma: 0, decimalPoint: 2 })
  })
})

describe('more ways to write a day', () => {
  it('reads month names in the seven languages, and year-first slashes', () => {
    expect(parseDay('14-Mar-2026', 'mdy')).toBe('2026-03-14')
    expect(parseDay('March 14, 2026', 'dmy')).toBe('2026-03-14')
    expect(parseDay('14. März 2026', 'mdy')).toBe('2026-03-14')
    expect(parseDay('14 mars 2026', 'mdy')).toBe('2026-03-14')
    expect(parseDay('14 de marzo de 2026', 'mdy')).toBe('2026-03-14')
    expect(parseDay('3 dec 26', 'mdy')).toBe('2026-12-03')
    expect(parseDay('1 augustus 2026 14:05', 'mdy')).toBe('2026-08-01')
    expect(parseDay('2026/03/14', 'mdy')).toBe('2026-03-14')
    expect(parseDay('31.12.2026 23:59', 'dmy')).toBe('2026-12-31')
    expect(parseDay('2026-03-14 10:22:05 UTC', 'dmy')).toBe('2026-03-14')
    expect(parseDay('Mar 2026', 'dmy')).toBeNull()
    expect(parseDay('31 February 2026', 'dmy')).toBeNull()
  })
})

describe('splitTags', () => {
  it('splits on ; , | and drops blanks and repeats', () => {
    expect(splitTags('vip; partner, VIP | ')).toEqual(['vip', 'partner'])
    expect(splitTags('')).toEqual([])
  })
})
