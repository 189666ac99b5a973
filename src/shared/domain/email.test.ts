import { describe, expect, it } from 'vitest'
import { asciiDomain, isEmailAddress } from './email'

describe('isEmailAddress', () => {
  it.each([
    'dana@northwind.com',
    'dana.li+leads@northwind.co.uk',
    "o'brien@pub.ie",
    'josé@exämple.com',
    'JOSÉ@EXÄMPLE.COM',
    '用户@例子.广告',
    'अजय@डाटा.भारत',
    'θσερ@εχαμπλε.ψομ',
    'info@xn--exmple-cua.com',
  ])('accepts %s', (address) => {
    expect(isEmailAddress(address)).toBe(true)
  })

  it.each([
    '',
    'not an email',
    'dana',
    'dana@',
    '@northwind.com',
    'dana@northwind',
    'dana@@northwind.com',
    'da na@northwind.com',
    'dana@north wind.com',
    '.dana@northwind.com',
    'dana.@northwind.com',
    'da..na@northwind.com',
    'dana@-northwind.com',
    'dana@northwind-.com',
    'dana@northwind..com',
    'dana@northwind.c',
    'dana@north_wind.com',
    'dana@192.168.0.1',
    'dana@northwind.com/path',
    'dana<script>@northwind.com',
    `${'a'.repeat(65)}@northwind.com`,
  ])('refuses %j', (address) => {
    expect(isEmailAddress(address)).toBe(false)
  })
})

describe('asciiDomain', () => {
  it('spells an internationalised domain as DNS does', () => {
    expect(asciiDomain('exämple.com')).toBe('xn--exmple-cua.com')
    expect(asciiDomain('Northwind.COM')).toBe('northwind.com')
  })
})
