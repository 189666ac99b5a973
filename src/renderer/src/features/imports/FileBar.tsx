import type { PickedFile } from '@shared/contract/imports'
import { TEXT_ENCODINGS, TEXT_ENCODING_LABELS, type TextEncoding } from '@shared/domain/imports'
import { plural } from '../../ui/plural'

const preview = (cells: string[]) => {
  const text = cells.filter((cell) => cell.trim() !== '').join(' · ')
  return text.length > 70 ? `${text.slice(0, 69)}…` : text
}

/**
 * The file as Baton reads it: its name, encoding and the row its column names are on — the two
 * things a person may have to correct (a file saved in another encoding, a header Baton missed).
 */
export function FileBar({ file, reading, onReread }: { file: PickedFile; reading: boolean; onReread: (headerRow: number | null, encoding: TextEncoding | null) => void }) {
  const rowsAbove = file.topRows.filter((row) => row.row < file.headerRow).length
  return (
    <div className="import-file">
      <div className="import-file__name">
        <strong>{file.fileName}</strong>
        <span className="muted">
          {plural(file.headers.length, 'column', 'columns')}
          {rowsAbove > 0 && ` · ${plural(rowsAbove, 'row', 'rows')} above the column names left out`}
        </span>
        {file.remembered && <span className="badge import-remembered">Your saved column choices</span>}
      </div>
      <div className="import-file__reading">
        <label className="import-file__choice">
          <span>Column names on</span>
          <select value={file.headerRow} disabled={reading} onChange={(event) => onReread(Number(event.target.value), file.textEncoding)}>
            {file.topRows.map(({ row, cells }) => (
              <option key={row} value={row}>
                Row {row}: {preview(cells)}
              </option>
            ))}
          </select>
        </label>
        {file.format === 'csv' && file.textEncoding ? (
          <label className="import-file__choice">
            <span>Text encoding</span>
            <select value={file.textEncoding} disabled={reading} onChange={(event) => onReread(file.headerRow, event.target.value as TextEncoding)}>
              {TEXT_ENCODINGS.map((encoding) => (
                <option key={encoding} value={encoding}>
                  {TEXT_ENCODING_LABELS[encoding]}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <span className="import-file__choice muted">{file.encoding}</span>
        )}
      </div>
      {file.unreadable > 0 && (
        <p className="import-notice import-notice--warning" role="alert">
          {plural(file.unreadable, 'character', 'characters')} in this file can’t be read as {TEXT_ENCODING_LABELS[file.textEncoding ?? 'utf-8']} and would show as “�”. Try another
          encoding above; the preview lists the rows they are in.
        </p>
      )}
    </div>
  )
}
