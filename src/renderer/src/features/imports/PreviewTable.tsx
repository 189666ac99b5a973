import type { PreviewLead } from '@shared/domain/importResults'
import { formatMoney } from '@shared/domain/money'
import { LOCALE, day } from '../../ui/format'

const ACTION_LABELS: Record<PreviewLead['action'], string> = { create: 'New', update: 'Update', skip: 'Duplicate — skip' }
const OUTCOME_LABELS = { won: 'Won', lost: 'Lost' } as const

/** The first rows exactly as they will be saved: where each lead lands, what it is worth, and whether it is won or lost. */
export function PreviewTable({ rows, currency, contacts = false }: { rows: PreviewLead[]; currency: string; contacts?: boolean }) {
  if (rows.length === 0) return null
  // The columns kept in custom fields, in the order the rows name them.
  const customLabels = [...new Set(rows.flatMap((row) => row.custom.map((c) => c.label)))]
  return (
    <section aria-label="Preview of the first rows">
      <h3 className="import-section-title">The first rows as they will be saved</h3>
      <div className="table-wrap import-preview" tabIndex={0} role="group" aria-label="The first rows, scrollable">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col" className="numeric">
                Row
              </th>
              <th scope="col">Person</th>
              <th scope="col">{contacts ? 'Organisation' : 'Company'}</th>
              {!contacts && <th scope="col">Stage</th>}
              <th scope="col">Campaign</th>
              {!contacts && (
                <th scope="col" className="numeric">
                  Value
                </th>
              )}
              <th scope="col">Created</th>
              {customLabels.map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row}>
                <td className="numeric muted">{row.row}</td>
                <td>
                  <span className="import-preview__main">{row.personName}</span>
                  {row.email && <span className="import-preview__sub"> {row.email}</span>}
                </td>
                <td>{row.company ?? '—'}</td>
                {!contacts && (
                  <td>
                    {row.outcome === 'open' ? (
                      row.stage
                    ) : (
                      <>
                        <span className={`badge import-outcome-badge--${row.outcome}`}>{OUTCOME_LABELS[row.outcome]}</span>
                        <span className="import-preview__sub"> {row.closedOn ? day(row.closedOn) : 'No close date'}</span>
                        {row.lostReason && <span className="import-preview__sub"> {row.lostReason}</span>}
                      </>
                    )}
                  </td>
                )}
                <td>{row.campaign ?? '—'}</td>
                {!contacts && (
                  <td className="numeric">
                    <Value row={row} currency={currency} />
                  </td>
                )}
                <td>{row.createdOn ? day(row.createdOn) : 'Today'}</td>
                {customLabels.map((label) => (
                  <td key={label}>{row.custom.find((c) => c.label === label)?.value ?? '—'}</td>
                ))}
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

function Value({ row, currency }: { row: PreviewLead; currency: string }) {
  if (!row.original) return <>{formatMoney(row.valueMinor ?? 0, currency, LOCALE)}</>
  const original = formatMoney(row.original.valueMinor, row.original.currency, LOCALE)
  if (row.valueMinor === null) {
    return (
      <>
        <span className="import-preview__main">{original}</span>
        <span className="import-preview__sub import-preview__waiting"> needs a rate</span>
      </>
    )
  }
  return (
    <>
      <span className="import-preview__main">{formatMoney(row.valueMinor, currency, LOCALE)}</span>
      <span className="import-preview__sub"> from {original}</span>
    </>
  )
}
