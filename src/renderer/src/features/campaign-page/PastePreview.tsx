import { SNAPSHOT_METRIC_LABELS, SNAPSHOT_METRICS, type MetricSnapshot } from '@shared/domain/campaignSnapshots'
import type { PasteResult } from '@shared/domain/snapshotPaste'
import { day, LOCALE } from '../../ui/format'

const count = (value: number | null) => (value === null ? '' : value.toLocaleString(LOCALE))

/** What a paste will save: the columns read, each day (new or updating a saved one), and every row left out. */
export function PastePreview({ result, savedByDay }: { result: PasteResult; savedByDay: ReadonlyMap<string, MetricSnapshot> }) {
  if (result.problem) {
    return (
      <p className="form-error" role="alert">
        {result.problem}
      </p>
    )
  }
  const columns = result.columns
  const shown = SNAPSHOT_METRICS.filter((metric) => columns?.metrics[metric])
  return (
    <div className="paste-preview">
      {columns && (
        <p className="paste-preview__columns">
          Reading <strong>{columns.day}</strong> as the day
          {shown.map((metric) => (
            <span key={metric}>
              , <strong>{columns.metrics[metric]}</strong> as {SNAPSHOT_METRIC_LABELS[metric].toLowerCase()}
            </span>
          ))}
          .{columns.ignored.length > 0 && <span className="muted"> Not used: {columns.ignored.join(', ')}.</span>}
        </p>
      )}
      {result.errors.length > 0 && (
        <ul className="paste-preview__errors" aria-label="Rows left out">
          {result.errors.map((error) => (
            <li key={`${error.row}-${error.column}`}>
              <strong>Row {error.row}</strong>, {error.column}: {error.message}
            </li>
          ))}
        </ul>
      )}
      {result.days.length > 0 && (
        <div className="paste-preview__scroll">
          <table className="data-table campaign-table" aria-label="Preview">
            <thead>
              <tr>
                <th>Day</th>
                {shown.map((metric) => (
                  <th key={metric} className="numeric">
                    {SNAPSHOT_METRIC_LABELS[metric]}
                  </th>
                ))}
                <th>Saving will</th>
              </tr>
            </thead>
            <tbody>
              {result.days.map((row) => {
                const saved = savedByDay.get(row.measuredOn)
                return (
                  <tr key={row.measuredOn}>
                    <td>{day(row.measuredOn)}</td>
                    {shown.map((metric) => (
                      <td key={metric} className="numeric">
                        {count(row[metric])}
                        {saved && saved[metric] !== row[metric] && <span className="paste-preview__was"> was {count(saved[metric])}</span>}
                      </td>
                    ))}
                    <td>
                      {saved ? <span className="badge paste-preview__update">Update saved day</span> : <span className="badge paste-preview__new">Add</span>}
                      {row.rows.length > 1 && <span className="muted"> · adds up rows {row.rows.join(', ')}</span>}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
