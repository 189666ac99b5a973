import { describe, expect, it } from 'vitest'
import { AMOUNT_TOO_LARGE, amountProblem, formatMoney, minorToInput, parseMoney } from './money'

describe('parseMoney', () => {
  it.each([
    ['1250', 125_000],
    ['1,250.50', 125_050],
    ['$ 900', 90_000],
    ['  12  ', 1_200],
    ['0.5', 50],
    ['0.05', 5],
    ['1.', 100],
    ['€75', 7_500],
    ['£1,000,000', 100_000_000],
    ['12\u00a0000', 1_200_000],
  ])('reads %j as %i minor units', (text, minor) => {
    expect(parseMoney(text)).toBe(minor)
  })

  it('reads an empty field as zero', () => {
    expect(parseMoney('')).toBe(0)
    expect(parseMoney('   ')).toBe(0)
  })

  it.each(['abc', '-5', '1.234', '.5', '1e5', '12.3.4', '1,5 €x', 'NaN', 'Infinity'])('refuses %j', (text) => {
    expect(parseMoney(text)).toBeNull()
  })

  it('never produces a fraction of a cent (no float drift)', () => {
    for (const text of ['0.1', '0.29', '19.99', '1234567.89']) {
      const minor = parseMoney(text)
      expect(Number.isInteger(minor)).toBe(true)
    }
    expect(parseMoney('19.99')).toBe(1999)
    expect(parseMoney('1234567.89')).toBe(123_456_789)
  })
})

describe('formatMoney', () => {
  it('drops the cents of a whole amount', () => {
    expect(formatMoney(100_000)).toBe('$1,000')
    expect(formatMoney(0)).toBe('$0')
  })

  it('shows both cent digits otherwise', () => {
    expect(formatMoney(123_456)).toBe('$1,234.56')
    expect(formatMoney(150)).toBe('$1.50')
    expect(formatMoney(5)).toBe('$0.05')
    expect(formatMoney(-150)).toBe('-$1.50')
  })

  it('uses the currency and locale it is given', () => {
    expect(formatMoney(150, 'EUR', 'de-DE')).toBe('1,50\u00a0€')
    expect(formatMoney(100_000, 'EUR', 'de-DE')).toBe('1.000\u00a0€')
  })

  it('abbreviates large amounts in compact form', () => {
    expect(formatMoney(123_456_789, 'USD', 'en-US', { compact: true })).toBe('$1.2M')
    expect(formatMoney(250_000, 'USD', 'en-US', { compact: true })).toBe('$2.5K')
    expect(formatMoney(99, 'USD', 'en-US', { compact: true })).toBe('$1')
  })
})

describe('minorToInput', () => {
  it('writes what parseMoney reads back', () => {
    for (const minor of [0, 5, 50, 150, 100_000, 125_050, 123_456_789]) {
      expect(parseMoney(minorToInput(minor))).toBe(minor)
    }
  })

  it('leaves out the cents of a whole amount', () => {
    expect(minorToInput(100_000)).toBe('1000')
    expect(minorToInput(125_050)).toBe('1250.50')
    expect(minorToInput(5)).toBe('0.05')
  })
})

describe('amountProblem', () => {
  it('says an amount of 10^20 is too large, and one it cannot read what it should look like', () => {
    expect(amountProblem('100000000000000000000')).toBe(AMOUNT_TOO_LARGE)
    expect(amountProblem('100,000,000,000.01')).toBe(AMOUNT_TOO_LARGE)
    expect(amountProblem('100,000,000,000.00')).toBeNull()
    expect(amountProblem('1e20')).toBe('Enter an amount like 2,500.00')
    expect(amountProblem('12.345', '12,000.00')).toBe('Enter an amount like 12,000.00')
    expect(amountProblem('$ 2,500.50')).toBeNull()
  })
})
