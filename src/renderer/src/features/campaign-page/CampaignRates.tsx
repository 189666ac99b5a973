import { formatMetric, METRIC_LABELS, type MetricKey, type Metrics } from '@shared/domain/metrics'
import { CURRENCY, LOCALE } from '../../ui/format'

const RATES: Array<{ key: MetricKey; hint: string }> = [
  { key: 'clickThroughRate', hint: 'clicks ÷ impressions' },
  { key: 'visitToLeadRate', hint: 'leads ÷ visits' },
  { key: 'leadToCustomerRate', hint: 'won ÷ leads' },
  { key: 'winRate', hint: 'won ÷ closed' },
  { key: 'costPerQualifiedLead', hint: 'spend ÷ qualified leads' },
  { key: 'returnOnAdSpend', hint: 'revenue ÷ spend' },
  { key: 'averageDealSize', hint: 'won value ÷ won deals' },
  { key: 'salesCycleDays', hint: 'days from lead to won' },
]

/** Conversion rates and the other derived figures; "—" where a figure has nothing to divide by yet. */
export function CampaignRates({ metrics }: { metrics: Metrics }) {
  return (
    <section className="card campaign-card" aria-labelledby="rates-title">
      <header className="campaign-card__header">
        <h2 id="rates-title">Rates</h2>
      </header>
      <dl className="rates">
        {RATES.map(({ key, hint }) => (
          <div key={key} className="rates__row">
            <dt>
              {METRIC_LABELS[key]}
              <span className="rates__hint">{hint}</span>
            </dt>
            <dd>{formatMetric(key, metrics[key], { currency: CURRENCY, locale: LOCALE })}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
