import type { HTMLAttributes, Ref } from 'react'
import type { BoardCard } from '@shared/domain/board'
import { ChannelBadge } from '../../../ui/Badge'
import { calendarDaysSince } from '../../../ui/clock'
import { money, shortDay } from '../../../ui/format'
import { leadCardDescription } from './leadCardText'

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase()
}

interface Props {
  card: BoardCard
  now?: Date
  /** Where the card's details, in words, go for its aria-describedby. */
  descriptionId?: string
  /** Makes the person's name the card's focusable handle (see SortableLeadCard). */
  personProps?: HTMLAttributes<HTMLSpanElement> & { ref?: Ref<HTMLSpanElement> }
}

/** What a salesperson needs to see of a lead at a glance. Pure display: dragging is added around it. */
export function LeadCard({ card, now = new Date(), descriptionId, personProps }: Props) {
  const nowIso = now.toISOString()
  const daysInStage = calendarDaysSince(card.stageEnteredAt, now)
  const overdue = card.nextFollowUpAt !== null && card.nextFollowUpAt < nowIso
  return (
    <div className={`lead-card${card.stale ? ' lead-card--stale' : ''}`}>
      <div className="lead-card__top">
        <span {...personProps} className="lead-card__person">
          {card.personName}
        </span>
        <span className="lead-card__value">{money(card.valueMinor)}</span>
      </div>
      {card.company && <div className="lead-card__company">{card.company}</div>}
      {card.sourceCampaignName && (
        <div className="lead-card__campaign">
          {card.sourceChannel && <ChannelBadge channel={card.sourceChannel} />}
          <span className="lead-card__campaign-name">{card.sourceCampaignName}</span>
        </div>
      )}
      <div className="lead-card__meta">
        {card.owner && (
          <span className="avatar" title={`Owner: ${card.owner}`} aria-label={`Owner ${card.owner}`}>
            {initials(card.owner)}
          </span>
        )}
        <span title="Days in this stage">{daysInStage}d in stage</span>
        {card.nextFollowUpAt && (
          <span className={overdue ? 'follow-up follow-up--overdue' : 'follow-up'}>
            {overdue ? 'Overdue ' : 'Next '}
            {shortDay(card.nextFollowUpAt)}
          </span>
        )}
        {card.stale && (
          <span className="stale-flag" title="Nothing done on this lead in this stage for longer than the stage's stale days">
            Stale
          </span>
        )}
      </div>
      {descriptionId && (
        <span id={descriptionId} hidden>
          {leadCardDescription(card, { daysInStage, overdue })}
        </span>
      )}
    </div>
  )
}
