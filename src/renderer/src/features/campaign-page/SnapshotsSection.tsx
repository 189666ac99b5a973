import { useMemo, useState } from 'react'
import { SNAPSHOT_METRIC_LABELS, SNAPSHOT_METRICS, type MetricSnapshot } from '@shared/domain/campaignSnapshots'
import { errorMessage } from '../../api/errors'
import { QueryError } from '../../ui/QueryError'
import { useToast } from '../../ui/Toast'
import { day, LOCALE } from '../../ui/format'
import { plural } from '../../ui/plural'
import { useDeleteSnapshot, useSnapshots } from './campaignPage.queries'
import { SnapshotForm } from './SnapshotForm'
import { SnapshotPasteDialog } from './SnapshotPasteDialog'

const FIRST = 10

/** Impressions, clicks, visits and opens by day: typed in, or pasted from an export. */
export function SnapshotsSection({ campaignId }: { campaignId: number }) {
  const snapshots = useSnapshots(campaignId)
  const [pasting, setPasting] = useState(false)
  const [editing, setEditing] = useState<number | null>(null)
  const [showAll, setShowAll] = useState(false)
  const rows = useMemo(() => snapshots.data ?? [], [snapshots.data])
  const savedDays = useMemo(() => new Set(rows.map((r) => r.measuredOn)), [rows])
  const visible = showAll ? rows : rows.slice(0, FIRST)

  return (
    <section className="card campaign-card" aria-labelledby="snapshots-title">
      <header className="campaign-card__header">
        <h2 id="snapshots-title">Reach by day</h2>
        <button type="button" className="button button--small" onClick={() => setPasting(true)}>
          Paste from a spreadsheet…
        </button>
      </header>
      {snapshots.error && <QueryError error={snapshots.error} onRetry={() => void snapshots.refetch()} />}
      <SnapshotForm campaignId={campaignId} savedDays={savedDays} />
      {snapshots.data &&
        (rows.length === 0 ? (
          <p className="muted campaign-card__empty">
            No figures yet. Type in a day, or paste a report from Google Ads, Meta, LinkedIn, Mailchimp or your analytics to see click-through and visit-to-lead rates and the funnel.
          </p>
        ) : (
          <div className="table-scroll">
          <table className="data-table campaign-table" aria-label="Figures by day">
            <thead>
              <tr>
                <th>Day</th>
                {SNAPSHOT_METRICS.map((metric) => (
                  <th key={metric} className="numeric">
                    {SNAPSHOT_METRIC_LABELS[metric]}
                  </th>
                ))}
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {visible.map((row) =>
                editing === row.id ? (
                  <tr key={row.id}>
                    <td colSpan={6}>
                      <SnapshotForm campaignId={campaignId} snapshot={row} savedDays={savedDays} onDone={() => setEditing(null)} />
                    </td>
                  </tr>
                ) : (
                  <SnapshotRow key={row.id} row={row} onEdit={() => setEditing(row.id)} />
                ),
              )}
            </tbody>
          </table>
          </div>
        ))}
      {rows.length > FIRST && (
        <button type="button" className="link-button campaign-card__more" onClick={() => setShowAll((v) => !v)}>
          {showAll ? 'Show the latest days only' : `Show all ${plural(rows.length, 'day')}`}
        </button>
      )}
      {pasting && <SnapshotPasteDialog campaignId={campaignId} saved={rows} onClose={() => setPasting(false)} />}
    </section>
  )
}

function SnapshotRow({ row, onEdit }: { row: MetricSnapshot; onEdit: () => void }) {
  const remove = useDeleteSnapshot()
  const toast = useToast()
  async function deleteDay() {
    try {
      await remove.mutateAsync(row.id)
      toast.show(`Deleted the figures for ${day(row.measuredOn)}.`)
    } catch (error) {
      toast.show(`Couldn't delete the figures: ${errorMessage(error)}`, { tone: 'error' })
    }
  }
  return (
    <tr>
      <td>{day(row.measuredOn)}</td>
      {SNAPSHOT_METRICS.map((metric) => (
        <td key={metric} className="numeric">
          {row[metric].toLocaleString(LOCALE)}
        </td>
      ))}
      <td className="campaign-table__actions">
        <button type="button" className="button button--small button--quiet" onClick={onEdit} aria-label={`Edit figures for ${day(row.measuredOn)}`}>
          Edit
        </button>
        <button type="button" className="button button--small button--danger-quiet" onClick={() => void deleteDay()} aria-label={`Delete figures for ${day(row.measuredOn)}`}>
          Delete
        </button>
      </td>
    </tr>
  )
}
