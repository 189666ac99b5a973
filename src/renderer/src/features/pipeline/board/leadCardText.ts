import type { BoardCard } from '@shared/domain/board'
import { CHANNEL_SHORT_LABELS } from '@shared/domain/enums'
import { countOf, noun } from '@shared/domain/plural'
import { money, shortDay } from '../../../ui/format'

const DAY = noun('day')

/** What a screen reader calls a card: who, where, how much — short enough to hear while moving through a column. */
export function leadCardName(card: Pick<BoardCard, 'personName' | 'company' | 'valueMinor'>): string {
  return [card.personName, card.company, money(card.valueMinor)].filter(Boolean).join(', ')
}

export interface CardState {
  daysInStage: number
  overdue: boolean
}

/** The rest of what a card shows, in words, as its description: heard after a pause, not on every card. */
export function leadCardDescription(card: BoardCard, { daysInStage, overdue }: CardState): string {
  const parts = [
    card.sourceCampaignName && `From ${card.sourceCampaignName}${card.sourceChannel ? ` (${CHANNEL_SHORT_LABELS[card.sourceChannel]})` : ''}`,
    card.owner && `Owner ${card.owner}`,
    `${countOf(daysInStage, DAY)} in stage`,
    card.nextFollowUpAt && (overdue ? `Follow-up overdue since ${shortDay(card.nextFollowUpAt)}` : `Follow-up due ${shortDay(card.nextFollowUpAt)}`),
    card.stale && 'Stale',
  ]
  return `${parts.filter(Boolean).join('. ')}.`
}
