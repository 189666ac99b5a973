import { describe, expect, it } from 'vitest'
import { decodeEntities, XmlProblem, XmlScanner } from './xmlScanner'

/** The events of a document read in the given pieces, as one list of strings (texts joined where they run on). */
function eventsOf(pieces: readonly string[], attributes: readonly string[] = []): string[] {
  const events: string[] = []
  const scanner = new XmlScanner({
    open(tag) {
      const found = attributes.map((name) => `${name}=${tag.attribute(name) ?? '∅'}`)
      events.push(`<${tag.name}${found.length ? ` ${found.join(' ')}` : ''}${tag.selfClosing ? '/' : ''}>`)
    },
    close: (name) => events.push(`</${name}>`),
    text(text) {
      const last = events.length - 1
      if (last >= 0 && events[last]!.startsWith('"')) events[last] = `${events[last]!.slice(0, -1)}${text}"`
      else events.push(`"${text}"`)
    },
  })
  for (const piece of pieces) scanner.write(piece)
  scanner.end()
  return events
}

const DOCUMENT =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE x [<!ENTITY boom "never expanded">]>' +
  '<x:sheetData xmlns:x="urn:x"><!-- a comment, with <tags> inside --><x:row r="1" spans=\'1:3\'>' +
  '<c r="A1" t="s" s="3"><v>12</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve"> Müller &amp; Söhne &lt;GmbH&gt; &#8364;&#x1F389; &boom; </t></is></c>' +
  '<c r="C1" f="[>=100]0"><v><![CDATA[a <b> & c]]></v></c><c r="D1"/></x:row></x:sheetData>'

const EXPECTED = [
  // The line break after the declaration is text, as in any XML reader.
  '"\n"',
  '<sheetData r=∅ t=∅>',
  '<row r=1 t=∅>',
  '<c r=A1 t=s>',
  '<v r=∅ t=∅>',
  '"12"',
  '</v>',
  '</c>',
  '<c r=B1 t=inlineStr>',
  '<is r=∅ t=∅>',
  '<t r=∅ t=∅>',
  '" Müller & Söhne <GmbH> €🎉 &boom; "',
  '</t>',
  '</is>',
  '</c>',
  '<c r=C1 t=∅>',
  '<v r=∅ t=∅>',
  '"a <b> & c"',
  '</v>',
  '</c>',
  '<c r=D1 t=∅/>',
  '</c>',
  '</row>',
  '</sheetData>',
]

describe('XML scanner', () => {
  it('reads tags, attributes in either quote, entities, CDATA, and skips comments, declarations and a doctype', () => {
    expect(eventsOf([DOCUMENT], ['r', 't'])).toEqual(EXPECTED)
  })

  it('reads the same events however the document is cut into pieces', () => {
    for (let cut = 1; cut < DOCUMENT.length; cut++) {
      expect(eventsOf([DOCUMENT.slice(0, cut), DOCUMENT.slice(cut)], ['r', 't']), `cut at ${cut}`).toEqual(EXPECTED)
    }
    expect(eventsOf([...DOCUMENT], ['r', 't'])).toEqual(EXPECTED)
  })

  it('finds a tag’s end past a > inside a quoted value, and reads prefixed attributes by their local name', () => {
    expect(eventsOf(['<numFmt formatCode="[>=100]#,##0" numFmtId="164"/><sheet r:id="rId3" name=\'a>b\'/>'], ['numFmtId', 'id', 'name'])).toEqual([
      '<numFmt numFmtId=164 id=∅ name=∅/>',
      '</numFmt>',
      '<sheet numFmtId=∅ id=rId3 name=a>b/>',
      '</sheet>',
    ])
  })

  it('hands a long run of text over in pieces instead of holding it until its end', () => {
    const texts: string[] = []
    const scanner = new XmlScanner({ text: (text) => texts.push(text) })
    scanner.write('<t>')
    for (let i = 0; i < 100; i++) scanner.write('x'.repeat(10_000))
    scanner.write('</t>')
    scanner.end()
    expect(texts.length).toBeGreaterThanOrEqual(100)
    expect(texts.join('')).toHaveLength(1_000_000)
  })

  it('says so when the document ends inside a tag', () => {
    const scanner = new XmlScanner({})
    scanner.write('<row><c r="A1"')
    expect(() => scanner.end()).toThrow(XmlProblem)
  })

  it('decodes the named and numeric references and leaves anything else as written', () => {
    expect(decodeEntities('&lt;&gt;&amp;&quot;&apos; &#65;&#x42; &nbsp; & &#xZZ;')).toBe(`<>&"' AB &nbsp; & &#xZZ;`)
  })
})
