import { useMemo } from 'react'
import { computeMetrics } from '@shared/domain/metrics'
import { AppError } from '@shared/errors'
import { hrefFor } from '../../app/router'
import { ChannelBadge, StatusBadge } from '../../ui/Badge'
import { EmptyState } from '../../ui/EmptyState'
import { day } from '../../ui/format'
import { QueryError } from '../../ui/QueryError'
import { GoalChips } from '../goals/GoalChips'
import { AttributionPicker } from './AttributionPicker'
import { CampaignDetails } from './CampaignDetails'
import { CampaignKpis } from './CampaignKpis'
import { CampaignLeadsList } from './CampaignLeadsList'
import { CampaignRates } from './CampaignRates'
import { useCampaignPage } from './campaignPage.queries'
import { FunnelChart } from './FunnelChart'
import { OverTimeChart } from './OverTimeChart'
import { SalesFeedbackCard } from './SalesFeedbackCard'
import { SnapshotsSection } from './SnapshotsSection'
import { SpendLedger } from './SpendLedger'
import './campaign-page.css'

const backLink = (
  <a className="campaign-page__back" href={hrefFor('/campaigns')}>
    ← All campaigns
  </a>
)

/** One campaign: what it cost, what it reached, the leads it brought and what they returned, and what sales heard. */
export function CampaignPage({ id }: { id: number }) {
  const page = useCampaignPage(id)
  const metrics = useMemo(() => (page.data ? computeMetrics(page.data.inputs) : null), [page.data])

  if (page.error) {
    const gone = page.error instanceof AppError && page.error.code === 'not_found'
    return (
      <div className="page">
        {backLink}
        {gone ? (
          <EmptyState icon="campaigns" title="This campaign no longer exists" actions={<a className="button" href={hrefFor('/campaigns')}>See all campaigns</a>}>
            <p>It may have been deleted. Its leads stay in the pipeline without a source campaign.</p>
          </EmptyState>
        ) : (
          <QueryError error={page.error} onRetry={() => void page.refetch()} />
        )}
      </div>
    )
  }
  if (!page.data || !metrics) return <div className="page" aria-busy="true" />

  const { campaign } = page.data
  return (
    <div className="page campaign-page">
      {backLink}
      <header className="campaign-page__header">
        <div>
          <h1>{campaign.name}</h1>
          <p className="campaign-page__meta">
            <ChannelBadge channel={campaign.channel} />
            <StatusBadge status={campaign.status} />
            <span className="muted">{campaign.startsOn || campaign.endsOn ? `${day(campaign.startsOn)} – ${day(campaign.endsOn)}` : 'No dates set'}</span>
            {campaign.objective && <span className="campaign-page__objective">{campaign.objective}</span>}
          </p>
        </div>
        <AttributionPicker model={page.data.attributionModel} />
      </header>
      <GoalChips place={{ campaignId: id }} />
      <CampaignKpis metrics={metrics} />
      <div className="campaign-page__charts">
        <FunnelChart inputs={page.data.inputs} />
        <OverTimeChart grouping={page.data.series.grouping} rows={page.data.series.rows} />
      </div>
      <div className="campaign-page__grid">
        <div className="campaign-page__main">
          <CampaignLeadsList campaignId={id} leads={page.data.leads} />
          <SpendLedger campaignId={id} />
          <SnapshotsSection campaignId={id} />
        </div>
        <aside className="campaign-page__side">
          <CampaignDetails campaign={campaign} />
          <CampaignRates metrics={metrics} />
        </aside>
      </div>
      <SalesFeedbackCard campaignId={id} feedback={page.data.feedback} />
    </div>
  )
}
