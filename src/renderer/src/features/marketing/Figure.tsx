import { formatMetric, type MetricKey } from '@shared/domain/metrics'
import { CURRENCY, LOCALE } from '../../ui/format'

const WHY_UNDEFINED: Partial<Record<MetricKey, string>> = {
  costPerLead: 'No spend or no leads in this period',
  costPerQualifiedLead: 'No spend or no qualified leads in this period',
  customerAcquisitionCost: 'No spend or no won deals in this period',
  returnOnInvestment: 'No spend recorded in this period',
  returnOnAdSpend: 'No spend recorded in this period',
  winRate: 'No deals closed in this period',
  averageDealSize: 'No deals won in this period',
  clickThroughRate: 'No impressions recorded in this period',
  visitToLeadRate: 'No visits recorded in this period',
  leadToCustomerRate: 'No leads in this period',
  salesCycleDays: 'No deals won in this period',
}

/** One figure, formatted the one way every page shows it; an undefined one is a muted "—" that says why. */
export function Figure({ metric, value }: { metric: MetricKey; value: number | null }) {
  const text = formatMetric(metric, value, { currency: CURRENCY, locale: LOCALE })
  if (value === null) {
    return (
      <span className="figure-undefined" title={WHY_UNDEFINED[metric]}>
        {text}
      </span>
    )
  }
  if (metric === 'returnOnInvestment' && value < 0) return <span className="figure-negative">{text}</span>
  return <>{text}</>
}
