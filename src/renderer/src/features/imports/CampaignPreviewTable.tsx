import { CHANNEL_LABELS } from '@shared/domain/enums'
import type { PreviewCampaign } from '@shared/domain/importResults'
import { day, money } from '../../ui/format'

const ACTION_LABELS: Record<PreviewCampaign['action'], string> = { create: 'New', update: 'Update', skip: 'Already in Baton — skip' }
const STATUS_LABELS: Record<PreviewCampaign['status'], string> = { planned: 'Planned', active: 'Active', paused: 'Paused', completed: 'Completed' }

/** A campaigns file's first rows exactly as they will be saved. */
export function CampaignPreviewTable({ rows }: { rows: PreviewCampaign[] }) {
  if (rows.length === 0) return null
  return (
    <section aria-label="Preview of the first rows">
      <h3 className="import-section-title">The first rows as they will be saved</h3>
      <div className="table-wrap" tabIndex={0} role="group" aria-label="The first rows, scrollable">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Campaign</th>
              <th scope="col">Channel</th>
              <th scope="col">Status</th>
              <th scope="col" className="numeric">
                Budget
              </th>
              <th scope="col">Dates</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row}>
                <td>{row.row}</td>
                <td>{row.name}</td>
                <td>{CHANNEL_LABELS[row.channel]}</td>
                <td>{STATUS_LABELS[row.status]}</td>
                <td className="numeric">{money(row.budgetMinor)}</td>
                <td>{row.startsOn || row.endsOn ? `${row.startsOn ? day(row.startsOn) : '…'} – ${row.endsOn ? day(row.endsOn) : 'open-ended'}` : 'No dates'}</td>
                <td>
                  <span className={`badge import-action--${row.action}`}>{ACTION_LABELS[row.action]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
