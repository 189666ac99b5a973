import { useState } from 'react'
import type { SpendLedger as Ledger, SpendLedgerRow } from '@shared/domain/campaignSpend'
import { errorMessage } from '../../api/errors'
import { QueryError } from '../../ui/QueryError'
import { useToast } from '../../ui/Toast'
import { day, money } from '../../ui/format'
import { useDeleteSpend, useSaveSpend, useSpendLedger } from './campaignPage.queries'
import { SpendForm } from './SpendForm'

/** What the campaign cost, entry by entry, against its budget. */
export function SpendLedger({ campaignId }: { campaignId: number }) {
  const ledger = useSpendLedger(campaignId)
  const [editing, setEditing] = useState<number | null>(null)
  return (
    <section className="card campaign-card" aria-labelledby="spend-title">
      <header className="campaign-card__header">
        <h2 id="spend-title">Spend</h2>
      </header>
      {ledger.error && <QueryError error={ledger.error} onRetry={() => void ledger.refetch()} />}
      {ledger.data && <BudgetBar ledger={ledger.data} />}
      <SpendForm campaignId={campaignId} />
      {ledger.data &&
        (ledger.data.rows.length === 0 ? (
          <p className="muted campaign-card__empty">No spend recorded yet. Add each invoice, ad charge or sponsorship as it happens; cost per lead and ROI follow from it.</p>
        ) : (
          <div className="table-scroll">
          <table className="data-table campaign-table" aria-label="Spend entries">
            <thead>
              <tr>
                <th>Date</th>
                <th>Note</th>
                <th className="numeric">Amount</th>
                <th className="numeric">Running total</th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {ledger.data.rows.map((row) =>
                editing === row.id ? (
                  <tr key={row.id}>
                    <td colSpan={5}>
                      <SpendForm campaignId={campaignId} entry={row} onDone={() => setEditing(null)} />
                    </td>
                  </tr>
                ) : (
                  <SpendRow key={row.id} row={row} budgetMinor={ledger.data.budgetMinor} onEdit={() => setEditing(row.id)} />
                ),
              )}
            </tbody>
          </table>
          </div>
        ))}
    </section>
  )
}

function BudgetBar({ ledger }: { ledger: Ledger }) {
  const { totalMinor, budgetMinor, overBudgetMinor } = ledger
  const share = budgetMinor > 0 ? Math.min(1, totalMinor / budgetMinor) : 0
  return (
    <div className="budget">
      <p className="budget__figures">
        <strong>{money(totalMinor)}</strong> spent
        {budgetMinor > 0 ? ` of a ${money(budgetMinor)} budget` : ' · no budget set'}
      </p>
      {budgetMinor > 0 && (
        <div className={`budget__bar${overBudgetMinor > 0 ? ' budget__bar--over' : ''}`} role="meter" aria-label="Budget used" aria-valuemin={0} aria-valuemax={budgetMinor} aria-valuenow={Math.min(totalMinor, budgetMinor)}>
          <span style={{ width: `${share * 100}%` }} />
        </div>
      )}
      {overBudgetMinor > 0 && (
        <p className="inline-warning" role="status">
          Over budget by {money(overBudgetMinor)}. Raise the budget in the details, or check the entries below.
        </p>
      )}
    </div>
  )
}

function SpendRow({ row, budgetMinor, onEdit }: { row: SpendLedgerRow; budgetMinor: number; onEdit: () => void }) {
  const remove = useDeleteSpend()
  const restore = useSaveSpend(row.campaignId)
  const toast = useToast()
  const label = `${money(row.amountMinor)} on ${day(row.spentOn)}`

  async function deleteEntry() {
    try {
      const gone = await remove.mutateAsync(row.id)
      toast.show(`Deleted the spend of ${label}.`, {
        action: { label: 'Undo', run: () => void restore.mutateAsync({ id: null, fields: { spentOn: gone.spentOn, amountMinor: gone.amountMinor, note: gone.note } }) },
      })
    } catch (error) {
      toast.show(`Couldn't delete the spend entry: ${errorMessage(error)}`, { tone: 'error' })
    }
  }

  const over = budgetMinor > 0 && row.runningTotalMinor > budgetMinor
  return (
    <tr>
      <td>{day(row.spentOn)}</td>
      <td className="campaign-table__note">{row.note ?? <span className="muted">—</span>}</td>
      <td className="numeric">{money(row.amountMinor)}</td>
      <td className={`numeric${over ? ' campaign-table__over' : ''}`}>{money(row.runningTotalMinor)}</td>
      <td className="campaign-table__actions">
        <button type="button" className="button button--small button--quiet" onClick={onEdit} aria-label={`Edit ${label}`}>
          Edit
        </button>
        <button type="button" className="button button--small button--danger-quiet" onClick={() => void deleteEntry()} aria-label={`Delete ${label}`}>
          Delete
        </button>
      </td>
    </tr>
  )
}
