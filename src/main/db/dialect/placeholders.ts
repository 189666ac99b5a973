/**
 * Rewrites the `?` placeholders of a fixed SQL text as `$1`, `$2`… in order, leaving any `?`
 * inside a quoted string, a quoted name or a comment alone.
 */
export function numberPlaceholders(text: string): string {
  let out = ''
  let n = 0
  let i = 0
  while (i < text.length) {
    const c = text[i] as string
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1)
      const stop = end === -1 ? text.length : end + 1
      out += text.slice(i, stop)
      i = stop
    } else if (c === '-' && text[i + 1] === '-') {
      const end = text.indexOf('\n', i)
      const stop = end === -1 ? text.length : end
      out += text.slice(i, stop)
      i = stop
    } else if (c === '?') {
      out += `$${++n}`
      i += 1
    } else {
      out += c
      i += 1
    }
  }
  return out
}
