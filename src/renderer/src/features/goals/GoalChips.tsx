import type { InputOf } from '@shared/contract'
import { GOAL_STATUS_LABELS } from '@shared/domain/goals'
import { hrefFor } from '../../app/router'
import { percentText } from './goalFormat'
import { useGoalChips } from './goals.queries'
import './goals.css'

/**
 * The running goals a page feeds, as small links for its header: "Q4 revenue 62% — at risk".
 * Place it with `{ pipelineId }` on a pipeline or `{ campaignId }` on a campaign page.
 */
export function GoalChips({ place }: { place: InputOf<'goals.chips'> | null }) {
  const chips = useGoalChips(place)
  if (!chips.data?.length) return null
  return (
    <ul className="goal-chips" aria-label="Goals this page feeds">
      {chips.data.map((chip) => (
        <li key={chip.id}>
          <a className={`goal-chip goal-chip--${chip.status}`} href={hrefFor(`/goals/${chip.id}`)}>
            <span className="goal-chip__title">{chip.title}</span> {percentText(chip.percent)} — {GOAL_STATUS_LABELS[chip.status].toLowerCase()}
          </a>
        </li>
      ))}
    </ul>
  )
}
