import { useState } from 'react'
import { CHANNEL_LABELS, CHANNELS } from '@shared/domain/enums'
import type { CampaignSummary } from '@shared/domain/campaigns'
import { EmptyState } from '../../ui/EmptyState'
import { firmToday } from '../../ui/clock'
import { day, LOCALE } from '../../ui/format'
import { CHANNEL_COLORS } from '../marketing/channelColors'
import { barWithinYear } from './timeline'

const monthNames = () => Array.from({ length: 12 }, (_, m) => new Date(2026, m, 1).toLocaleDateString(LOCALE, { month: 'short' }))

/** The year's campaigns as bars by month, coloured by channel, so overlapping efforts show. */
export function CampaignTimeline({ campaigns, onOpen }: { campaigns: CampaignSummary[]; onOpen: (id: number) => void }) {
  const today = firmToday()
  const thisYear = Number(today.slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const placed = campaigns
    .map((campaign) => ({ campaign, bar: barWithinYear(campaign, year) }))
    .filter((p): p is { campaign: CampaignSummary; bar: { left: number; width: number } } => p.bar !== null)
    .sort((a, b) => a.bar.left - b.bar.left || a.campaign.name.localeCompare(b.campaign.name))
  const undated = campaigns.filter((c) => !c.startsOn).length
  const todayBar = barWithinYear({ startsOn: today, endsOn: null }, year)
  const used = CHANNELS.filter((channel) => placed.some((p) => p.campaign.channel === channel))

  return (
    <section aria-label={`Campaign timeline ${year}`}>
      <div className="toolbar campaign-toolbar">
        <span className="timeline__year">
          <button type="button" className="button button--small" aria-label="Previous year" onClick={() => setYear(year - 1)}>
            ←
          </button>
          <strong aria-live="polite">{year}</strong>
          <button type="button" className="button button--small" aria-label="Next year" onClick={() => setYear(year + 1)}>
            →
          </button>
        </span>
        <span className="muted">
          {placed.length} {placed.length === 1 ? 'campaign' : 'campaigns'} ran or are planned in {year}
          {undated > 0 && ` · ${undated} without dates not shown`}
        </span>
      </div>
      {placed.length === 0 ? (
        <EmptyState icon="campaigns" title={`No campaigns in ${year}`}>
          <p>Give a campaign start and end dates to see it here, next to everything else running at the same time.</p>
        </EmptyState>
      ) : (
        <div className="timeline">
          <div className="timeline__head" aria-hidden="true">
            <span />
            <div className="timeline__months">
              {monthNames().map((m) => (
                <span key={m}>{m}</span>
              ))}
            </div>
          </div>
          <ul className="timeline__rows" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {placed.map(({ campaign, bar }) => (
              <li key={campaign.id} className="timeline__row">
                <button type="button" className="timeline__name" title={campaign.name} onClick={() => onOpen(campaign.id)}>
                  {campaign.name}
                </button>
                <div className="timeline__track">
                  {todayBar && <span className="timeline__today" style={{ left: `${todayBar.left * 100}%` }} aria-hidden="true" />}
                  <span
                    className={`timeline__bar${campaign.status === 'planned' ? ' timeline__bar--planned' : ''}`}
                    style={{ left: `${bar.left * 100}%`, width: `${bar.width * 100}%`, background: CHANNEL_COLORS[campaign.channel] }}
                    title={`${campaign.name}: ${day(campaign.startsOn)} – ${day(campaign.endsOn)} (${CHANNEL_LABELS[campaign.channel]}, ${campaign.status})`}
                  >
                    {bar.width > 0.08 ? CHANNEL_LABELS[campaign.channel].split(' (')[0] : ''}
                  </span>
                </div>
              </li>
            ))}
          </ul>
          <p className="timeline__legend">
            {used.map((channel) => (
              <span key={channel}>
                <i style={{ background: CHANNEL_COLORS[channel] }} />
                {CHANNEL_LABELS[channel]}
              </span>
            ))}
            <span>
              <i style={{ background: 'var(--danger)', width: 2 }} />
              Today
            </span>
          </p>
        </div>
      )}
    </section>
  )
}
