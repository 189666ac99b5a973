import { GOAL_TEAM_LABELS, type GoalTreeNode } from '@shared/domain/goals'
import { hrefFor } from '../../app/router'
import { goalValue, percentText } from './goalFormat'
import { GoalStatusBadge } from './GoalStatusBadge'
import { ProgressBar } from './ProgressBar'

function Branch({ node, current }: { node: GoalTreeNode; current: number }) {
  const { goal } = node
  const here = goal.id === current
  return (
    <li>
      <div className={`goal-tree__node${here ? ' goal-tree__node--current' : ''}`} aria-current={here ? 'true' : undefined}>
        <span className={`badge goal-team goal-team--${goal.team}`}>{GOAL_TEAM_LABELS[goal.team]}</span>
        {here ? <strong className="goal-tree__title">{goal.title}</strong> : <a className="goal-tree__title" href={hrefFor(`/goals/${goal.id}`)}>{goal.title}</a>}
        <span className="goal-tree__figure">
          {goalValue(goal, goal.progress.current)} <span className="muted">/ {goalValue(goal, goal.target)}</span>
        </span>
        <span className="goal-tree__bar">
          <ProgressBar percent={goal.progress.percent} expected={null} status={goal.progress.status} label={`${goal.title}: ${percentText(goal.progress.percent)}`} />
        </span>
        <span className="goal-tree__percent">{percentText(goal.progress.percent)}</span>
        <GoalStatusBadge status={goal.progress.status} />
      </div>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <Branch key={child.goal.id} node={child} current={current} />
          ))}
        </ul>
      )}
    </li>
  )
}

/** The shared goal and the team goals that support it, each with its status. */
export function GoalTree({ tree, current }: { tree: GoalTreeNode; current: number }) {
  return (
    <section className="card goal-section" aria-label="Goal tree">
      <h2>How the goals add up</h2>
      {tree.children.length === 0 && tree.goal.id === current ? (
        <p className="muted">No supporting goals yet. Create a goal and pick this one under “Supports goal” to show how marketing and sales add up to it.</p>
      ) : (
        <ul className="goal-tree">
          <Branch node={tree} current={current} />
        </ul>
      )}
    </section>
  )
}
