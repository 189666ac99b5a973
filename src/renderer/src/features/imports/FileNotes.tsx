import type { ImportOutcome } from '@shared/domain/importResults'
import { plural } from '../../ui/plural'

const quoted = (text: string) => `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`

/** How the file was read, where it matters: a header below the top, rows under the table left out, cells read with a note. */
export function FileNotes({ outcome }: { outcome: ImportOutcome }) {
  const notes: string[] = []
  if (outcome.headerRow > 1) notes.push(`The column names are on row ${outcome.headerRow}; the ${plural(outcome.headerRow - 1, 'row', 'rows')} above them ${outcome.headerRow === 2 ? 'was' : 'were'} left out.`)
  if (outcome.leftOut.length > 0) {
    const listed = outcome.leftOut.slice(0, 4).map((row) => `row ${row.row} ${quoted(row.text)}`)
    const more = outcome.leftOut.length > 4 ? ` and ${plural(outcome.leftOut.length - 4, 'more', 'more')}` : ''
    notes.push(`Totals and report footers are not leads, so they were left out: ${listed.join(', ')}${more}.`)
  }
  if (outcome.warnings.length > 0) notes.push(`${plural(new Set(outcome.warnings.map((w) => w.row)).size, 'row is', 'rows are')} imported with a note: see “Notes” below.`)
  if (notes.length === 0) return null
  return (
    <ul className="import-notes" aria-label="How the file was read">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  )
}
