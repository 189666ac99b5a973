// Which character separates a CSV file's cells. A European spreadsheet uses ";" because its
// decimal mark is ",", and often has a title line or two above the header: the delimiter is the
// one that splits the most lines into the same number of cells (quoted text aside), not the one
// that happens to appear first.

const CANDIDATES = [',', ';', '\t', '|'] as const
export type Delimiter = (typeof CANDIDATES)[number]

const LINES_READ = 60

/** Counts each candidate per line, outside quotes, over the first lines of the text. */
function countsPerLine(text: string): Array<Record<Delimiter, number>> {
  const lines: Array<Record<Delimiter, number>> = []
  let current: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0, '|': 0 }
  let quoted = false
  let filled = false
  for (let i = 0; i < text.length && lines.length < LINES_READ; i++) {
    const char = text[i]!
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (filled) lines.push(current)
      current = { ',': 0, ';': 0, '\t': 0, '|': 0 }
      filled = false
    } else if (!quoted && (char === ',' || char === ';' || char === '\t' || char === '|')) {
      current[char]++
      filled = true
    } else if (char !== ' ') filled = true
  }
  if (filled && lines.length < LINES_READ) lines.push(current)
  return lines
}

/** The delimiter of a CSV file from its first lines; "," when nothing tells. */
export function guessDelimiter(head: string): Delimiter {
  const lines = countsPerLine(head)
  let best: Delimiter = ','
  let bestScore = 0
  for (const candidate of CANDIDATES) {
    // The most common non-zero count, and how many lines have it.
    const frequency = new Map<number, number>()
    for (const line of lines) if (line[candidate] > 0) frequency.set(line[candidate], (frequency.get(line[candidate]) ?? 0) + 1)
    let score = 0
    for (const [count, lineCount] of frequency) score = Math.max(score, lineCount * 1000 + Math.min(count, 999))
    if (score > bestScore) {
      best = candidate
      bestScore = score
    }
  }
  return best
}
