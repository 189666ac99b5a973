import { useState } from 'react'
import { CAMPAIGN_STATUSES, CHANNEL_LABELS, CHANNELS, type CampaignStatus, type Channel } from '@shared/domain/enums'
import type { Campaign } from '@shared/domain/campaigns'
import { navigate, useRoute } from '../../app/router'
import { EmptyState } from '../../ui/EmptyState'
import { Icon } from '../../ui/icons'
import { PageHeader } from '../../ui/PageHeader'
import { QueryError } from '../../ui/QueryError'
import { CampaignEditor } from './CampaignEditor'
import { CampaignTable } from './CampaignTable'
import { useCampaigns } from './campaigns.queries'

export function CampaignsPage() {
  const { params, setParams } = useRoute()
  const search = params.get('q') ?? ''
  const status = (params.get('status') ?? '') as CampaignStatus | ''
  const channel = (params.get('channel') ?? '') as Channel | ''
  const filtered = Boolean(search || status || channel)
  const campaigns = useCampaigns({ ...(search && { search }), ...(status && { status }), ...(channel && { channel }) })
  const [editing, setEditing] = useState<Campaign | 'new' | null>(null)

  const newButton = (
    <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
      <Icon name="plus" /> New campaign
    </button>
  )
  return (
    <div className="page">
      <PageHeader title="Campaigns" subtitle="Every effort that brings in leads: what it costs and what it brings." actions={newButton} />
      <div className="toolbar" role="search">
        <label className="search-input">
          <Icon name="search" />
          <span className="visually-hidden">Search campaigns</span>
          <input type="search" placeholder="Search by name or tracking code" value={search} onChange={(e) => setParams({ q: e.target.value })} />
        </label>
        <select aria-label="Status" value={status} onChange={(e) => setParams({ status: e.target.value })}>
          <option value="">All statuses</option>
          {CAMPAIGN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s[0]?.toUpperCase() + s.slice(1)}
            </option>
          ))}
        </select>
        <select aria-label="Channel" value={channel} onChange={(e) => setParams({ channel: e.target.value })}>
          <option value="">All channels</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      {campaigns.error ? (
        <QueryError error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      ) : campaigns.data?.length === 0 ? (
        filtered ? (
          <EmptyState icon="search" title="No campaigns match" actions={<button type="button" className="button" onClick={() => setParams({ q: undefined, status: undefined, channel: undefined })}>Clear filters</button>}>
            <p>Try another name, or clear the filters to see every campaign.</p>
          </EmptyState>
        ) : (
          <EmptyState icon="campaigns" title="Plan your first campaign" actions={newButton}>
            <p>A campaign is anything that brings in leads — a webinar, an ad set, a newsletter, a trade fair. Give it a channel and a budget, then link leads to it to see what it really returns.</p>
          </EmptyState>
        )
      ) : (
        campaigns.data && <CampaignTable campaigns={campaigns.data} onOpen={(c) => navigate(`/campaigns/${c.id}`)} />
      )}
      {editing && <CampaignEditor campaign={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </div>
  )
}
