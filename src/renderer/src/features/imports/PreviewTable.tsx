import type { PreviewLead } from '@shared/domain/imports'
import { day, money } from '../../ui/format'

const ACTION_LABELS: Record<PreviewLead['action'], string> = { create: 'New', update: 'Update', skip: 'Duplicate — skip' }

/** The first rows exactly as they will be saved. */
export function PreviewTable({ rows }: { rows: PreviewLead[] }) {
  if (rows.length === 0) return null
  return (
    <section aria-label="Preview of the first rows">
      <h3 className="import-section-title">The first rows as they will be saved</h3>
      <div className="table-wrap">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Person</th>
              <th scope="col">Company</th>
              <th scope="col">Email</th>
              <th scope="col">Stage</th>
              <th scope="col">Campaign</th>
              <th scope="col" className="numeric">
                Value
              </th>
              <th scope="col">Created</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row}>
                <td>{row.row}</td>
                <td>{row.personName}</td>
                <td>{row.company ?? '—'}</td>
                <td>{row.email ?? '—'}</td>
                <td>{row.stage}</td>
                <td>{row.campaign ?? '—'}</td>
                <td className="numeric">{money(row.valueMinor)}</td>
                <td>{row.createdOn ? day(row.createdOn) : 'Today'}</td>
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
