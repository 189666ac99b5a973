// A streaming reader for the XML inside a workbook: text is fed in pieces as it is inflated,
// and each start tag, end tag and run of text is handed to the handlers as it completes. Only
// the unfinished tag at the end of a piece is carried to the next, so memory stays that of one
// piece whatever the size of the part. It reads what spreadsheet tools write — elements,
// attributes in either quote, the five named entities and numeric ones, CDATA, comments,
// processing instructions and a doctype (skipped; no entity of a DTD is ever expanded) —
// and leaves validation to the tools that wrote it: a part need only be well-formed enough to
// find its tags. Element and attribute names are given without their prefix (`x:c` is `c`).

/** The XML cannot be read (a tag never closed). */
export class XmlProblem extends Error {}

/** The start tag being handed over: its attributes are read only when asked for. */
export class Tag {
  /** Name without prefix. */
  name = ''
  selfClosing = false
  private source = ''
  private from = 0
  private to = 0

  /** @internal */
  set(name: string, source: string, from: number, to: number, selfClosing: boolean): void {
    this.name = name
    this.source = source
    this.from = from
    this.to = to
    this.selfClosing = selfClosing
  }

  /** An attribute's value by its name without prefix (`r:id` is `id`), entities decoded; undefined when absent. */
  attribute(name: string): string | undefined {
    const { source, to } = this
    let at = this.from
    while (at < to) {
      while (at < to && isSpace(source.charCodeAt(at))) at++
      const nameStart = at
      while (at < to && source.charCodeAt(at) !== 61 && !isSpace(source.charCodeAt(at))) at++
      const nameEnd = at
      while (at < to && isSpace(source.charCodeAt(at))) at++
      if (source.charCodeAt(at) !== 61) return undefined
      at++
      while (at < to && isSpace(source.charCodeAt(at))) at++
      const quote = source[at]
      if (quote !== '"' && quote !== "'") return undefined
      const end = source.indexOf(quote, at + 1)
      if (end < 0 || end > to) return undefined
      if (localName(source, nameStart, nameEnd) === name) return decodeEntities(source.slice(at + 1, end))
      at = end + 1
    }
    return undefined
  }
}

export interface XmlHandlers {
  open?(tag: Tag): void
  /** Also called right after `open` for a self-closing tag. */
  close?(name: string): void
  /** Text between tags, entities decoded; one run may come in several calls. */
  text?(text: string): void
}

const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** Named and numeric character references decoded; anything else (a DTD's own entities) stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

/** A name without its prefix. */
function localName(source: string, from: number, to: number): string {
  let start = from
  for (let i = from; i < to; i++) if (source.charCodeAt(i) === 58) start = i + 1
  return source.slice(start, to)
}

export class XmlScanner {
  private carry = ''
  private readonly tag = new Tag()

  constructor(private readonly handlers: XmlHandlers) {}

  /** Reads a piece of the document. */
  write(piece: string): void {
    const text = this.carry + piece
    this.carry = ''
    const length = text.length
    let at = 0
    while (at < length) {
      const lt = text.indexOf('<', at)
      if (lt < 0) {
        this.emitText(text, at, length, true)
        return
      }
      if (lt > at) this.emitText(text, at, lt, false)
      const end = this.markup(text, lt)
      if (end < 0) {
        this.carry = text.slice(lt)
        return
      }
      at = end
    }
  }

  /** The document has ended: what is left must be only text. */
  end(): void {
    if (this.carry.startsWith('<')) throw new XmlProblem('it ends in the middle of a tag')
    if (this.carry) this.handlers.text?.(decodeEntities(this.carry))
    this.carry = ''
  }

  /** Text from `from` to `to`; at the end of a piece, an entity cut in two waits for the rest. */
  private emitText(text: string, from: number, to: number, atEnd: boolean): void {
    if (!this.handlers.text) return
    let stop = to
    if (atEnd) {
      const amp = text.lastIndexOf('&', to - 1)
      if (amp >= from && text.indexOf(';', amp) < 0 && to - amp < 12) {
        stop = amp
        this.carry = text.slice(amp, to)
      }
    }
    if (stop > from) this.handlers.text(decodeEntities(text.slice(from, stop)))
  }

  /** Reads the markup at `lt`; returns where it ends, or -1 when it is not all in `text` yet. */
  private markup(text: string, lt: number): number {
    const next = text.charCodeAt(lt + 1)
    if (Number.isNaN(next)) return -1
    if (next === 47) {
      // </name>
      const gt = text.indexOf('>', lt + 2)
      if (gt < 0) return -1
      let nameEnd = gt
      while (isSpace(text.charCodeAt(nameEnd - 1))) nameEnd--
      this.handlers.close?.(localName(text, lt + 2, nameEnd))
      return gt + 1
    }
    if (next === 63) {
      // <?processing instruction?>
      const end = text.indexOf('?>', lt + 2)
      return end < 0 ? -1 : end + 2
    }
    if (next === 33) return this.declaration(text, lt)
    return this.startTag(text, lt)
  }

  /** <!-- comment -->, <![CDATA[ text ]]> or <!DOCTYPE …> (with an internal subset in brackets). */
  private declaration(text: string, lt: number): number {
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4)
      return end < 0 ? -1 : end + 3
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9)
      if (end < 0) return -1
      this.handlers.text?.(text.slice(lt + 9, end))
      return end + 3
    }
    if (text.length - lt < 9) return -1
    const bracket = text.indexOf('[', lt)
    const gt = text.indexOf('>', lt)
    if (gt < 0) return -1
    if (bracket < 0 || bracket > gt) return gt + 1
    const end = text.indexOf(']>', bracket)
    return end < 0 ? -1 : end + 2
  }

  /** <name attr="value" …> or <name …/>: the end is the first `>` outside a quoted value. */
  private startTag(text: string, lt: number): number {
    const length = text.length
    let nameEnd = lt + 1
    while (nameEnd < length) {
      const code = text.charCodeAt(nameEnd)
      if (isSpace(code) || code === 62 || code === 47) break
      nameEnd++
    }
    let gt = nameEnd
    for (; gt < length; gt++) {
      const code = text.charCodeAt(gt)
      if (code === 62) break
      if (code === 34 || code === 39) {
        const closing = text.indexOf(text[gt]!, gt + 1)
        if (closing < 0) return -1
        gt = closing
      }
    }
    if (gt >= length) return -1
    const selfClosing = text.charCodeAt(gt - 1) === 47
    const name = localName(text, lt + 1, nameEnd)
    this.tag.set(name, text, nameEnd, selfClosing ? gt - 1 : gt, selfClosing)
    this.handlers.open?.(this.tag)
    if (selfClosing) this.handlers.close?.(name)
    return gt + 1
  }
}
