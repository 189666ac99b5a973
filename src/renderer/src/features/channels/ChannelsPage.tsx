import { useMemo } from 'react'
import { CHANNEL_LABELS, CHANNELS, type Channel } from '@shared/domain/enums'
import { EMPTY_METRIC_INPUTS, computeMetrics, type MetricKey } from '@shared/domain/metrics'
import { useRoute } from '../../app/router'
import { ChannelBadge } from '../../ui/Badge'
import { money } from '../../ui/format'
import { PageHeader } from '../../ui/PageHeader'
import { QueryError } from '../../ui/QueryError'
import { BarChart } from '../marketing/BarChart'
import { CHANNEL_COLORS } from '../marketing/channelColors'
import { CompareTable, type CompareRow } from '../marketing/CompareTable'
import '../marketing/marketing.css'
import { MarketingTabs } from '../marketing/MarketingTabs'
import { useMetricsBy } from '../marketing/metrics.queries'
import { PeriodSelect } from '../marketing/PeriodSelect'
import { PERIOD_LABELS, isPeriodId, periodRange } from '../marketing/period'
import { AttributionNote } from './AttributionNote'

const METRICS: MetricKey[] = ['spendMinor', 'leads', 'costPerLead', 'wonDeals', 'winRate', 'revenueMinor', 'returnOnInvestment']
const moneyTick = (minor: number) => money(minor, true)

/** Every marketing channel compared for a period: what it cost and what it brought. */
export function ChannelsPage() {
  const { params, setParams } = useRoute()
  const raw = params.get('period')
  const period = isPeriodId(raw) ? raw : 'last-12-months'
  const byChannel = useMetricsBy({ grouping: 'channel', filter: periodRange(period) })

  const rows: CompareRow[] = useMemo(() => {
    const found = new Map((byChannel.data ?? []).map((r) => [r.key, r.inputs]))
    return CHANNELS.map((channel) => {
      const inputs = found.get(channel) ?? EMPTY_METRIC_INPUTS
      const empty = inputs.spendMinor === 0 && inputs.leads === 0 && inputs.revenueMinor === 0
      return { key: channel, label: <ChannelBadge channel={channel} />, inputs, muted: empty }
    })
  }, [byChannel.data])

  const active = rows.filter((r) => !r.muted)
  const labels = active.map((r) => CHANNEL_LABELS[r.key as Channel].split(' (')[0] ?? r.key)
  const moneyData = useMemo(
    () => ({
      labels,
      datasets: [
        { label: 'Spend', data: active.map((r) => r.inputs.spendMinor), backgroundColor: '#adb5bd' },
        { label: 'Revenue', data: active.map((r) => r.inputs.revenueMinor), backgroundColor: active.map((r) => CHANNEL_COLORS[r.key as Channel]) },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- labels and active derive from rows
    [rows],
  )
  const cplData = useMemo(
    () => ({
      labels,
      datasets: [{ label: 'Cost per lead', data: active.map((r) => computeMetrics(r.inputs).costPerLead ?? 0), backgroundColor: active.map((r) => CHANNEL_COLORS[r.key as Channel]) }],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- labels and active derive from rows
    [rows],
  )

  return (
    <div className="page">
      <PageHeader title="Campaigns" subtitle="Every effort that brings in leads: what it costs and what it brings." />
      <MarketingTabs current="channels" />
      <div className="toolbar campaign-toolbar">
        <PeriodSelect value={period} onChange={(next) => setParams({ period: next })} />
        <AttributionNote />
      </div>
      {byChannel.error ? (
        <QueryError error={byChannel.error} onRetry={() => void byChannel.refetch()} />
      ) : !byChannel.data ? (
        <p className="muted">Loading channels…</p>
      ) : (
        <>
          {active.length > 0 ? (
            <div className="chart-grid">
              <section className="chart-card">
                <h2>Spend and revenue by channel · {PERIOD_LABELS[period]}</h2>
                <BarChart label={`Spend and revenue by channel, ${PERIOD_LABELS[period]}`} data={moneyData} formatValue={moneyTick} />
              </section>
              <section className="chart-card">
                <h2>Cost per lead by channel</h2>
                <BarChart label="Cost per lead by channel" data={cplData} formatValue={moneyTick} horizontal />
              </section>
            </div>
          ) : (
            <p className="marketing-note">No spend, leads or revenue in this period yet: pick a longer period, or record spend on a campaign.</p>
          )}
          <CompareTable label="Channels" rowHeader="Channel" rows={rows} metrics={METRICS} />
          <p className="marketing-note">A channel's leads and wins count the leads its campaigns brought first; revenue follows the attribution model. “—” means there is nothing to divide by yet (no spend, no leads or no closed deals).</p>
        </>
      )}
    </div>
  )
}
