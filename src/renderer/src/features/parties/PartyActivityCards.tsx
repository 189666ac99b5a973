import type { PartyActivity, PartyCampaign } from '@shared/domain/people'
import { hrefFor } from '../../app/router'
import { day } from '../../ui/format'
import { ACTIVITY_KIND_LABELS } from '../lead-detail/labels'

/** Every activity on their deals, newest first; the deal's name opens it in the lead drawer. */
export function PartyActivitiesCard({ here, activities }: { here: string; activities: PartyActivity[] | undefined }) {
  return (
    <section className="card campaign-card" aria-labelledby="party-activities-title">
      <header className="campaign-card__header">
        <h2 id="party-activities-title">Activity</h2>
        {activities && activities.length > 0 && <span className="muted">newest first</span>}
      </header>
      {activities?.length === 0 ? (
        <p className="muted campaign-card__empty">No calls, meetings or notes yet. Log them on a deal (open it from Deals) and they gather here.</p>
      ) : (
        <ol className="party-activities">
          {(activities ?? []).map((activity) => (
            <li key={activity.id} className="party-activity">
              <span className="badge">{ACTIVITY_KIND_LABELS[activity.kind]}</span>
              <div className="party-activity__text">
                <span className="party-activity__subject">{activity.subject}</span>
                <span className="muted">
                  on{' '}
                  <a className="party-link" href={hrefFor(here, { lead: String(activity.leadId) })}>
                    {activity.dealName}
                  </a>
                  {activity.doneAt ? '' : activity.dueAt ? ` · due ${day(activity.dueAt)}` : ''}
                </span>
              </div>
              <time className="muted party-activity__when" dateTime={activity.doneAt ?? activity.createdAt}>
                {day(activity.doneAt ?? activity.createdAt)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

/** The campaigns that touched their deals, the latest touch first. */
export function PartyCampaignsCard({ campaigns }: { campaigns: PartyCampaign[] | undefined }) {
  return (
    <section className="card campaign-card" aria-labelledby="party-campaigns-title">
      <header className="campaign-card__header">
        <h2 id="party-campaigns-title">Campaigns that reached them</h2>
      </header>
      {campaigns?.length === 0 ? (
        <p className="muted campaign-card__empty">No campaign has touched their deals yet. A deal's source campaign, or a touch logged on it, shows here.</p>
      ) : (
        <ul className="party-campaigns">
          {(campaigns ?? []).map((campaign) => (
            <li key={campaign.campaignId}>
              <a className="party-link" href={hrefFor(`/campaigns/${campaign.campaignId}`)}>
                {campaign.name}
              </a>
              <span className="muted">
                {campaign.touches === 1 ? '1 touch' : `${campaign.touches} touches`} · last {day(campaign.lastTouchAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
