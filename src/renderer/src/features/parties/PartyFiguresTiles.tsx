import type { CustomerFigures } from '@shared/domain/customers'
import { day, money } from '../../ui/format'

/** What they are worth as a customer, from the metrics module's figures: one tile each. */
export function PartyFiguresTiles({ figures }: { figures: CustomerFigures | undefined }) {
  const tiles: Array<{ label: string; value: string; hint?: string }> = figures
    ? [
        { label: 'Lifetime revenue', value: money(figures.lifetimeRevenueMinor), hint: `${figures.wonDeals} won ${figures.wonDeals === 1 ? 'deal' : 'deals'}` },
        { label: 'Open deals', value: money(figures.openValueMinor), hint: `${figures.openDeals} open` },
        { label: 'Customer since', value: figures.customerSince ? day(figures.customerSince) : 'Not yet', hint: figures.customerSince ? 'First won deal' : 'No deal won yet' },
        {
          label: 'Last purchase',
          value: figures.lastPurchase ? money(figures.lastPurchase.valueMinor) : '—',
          hint: figures.lastPurchase ? `on ${day(figures.lastPurchase.closedAt)}` : 'None yet',
        },
      ]
    : []
  return (
    <dl className="kpis party-kpis" aria-label="Customer figures" aria-busy={!figures}>
      {tiles.map((tile) => (
        <div key={tile.label} className="kpi">
          <dt>{tile.label}</dt>
          <dd className="kpi__value">{tile.value}</dd>
          {tile.hint && <dd className="party-kpi__hint">{tile.hint}</dd>}
        </div>
      ))}
    </dl>
  )
}
