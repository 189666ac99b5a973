import { GOAL_TEAMS } from '@shared/domain/enums'
import { GOAL_TEAM_LABELS } from '@shared/domain/goals'
import { Field } from '../../ui/Field'
import { OwnerSelect } from '../settings/OwnerSelect'
import type { DraftProps } from './GoalMeasureFields'

/** S: what exactly, for which team, owned by whom. */
export function GoalWhatFields({ draft, set, errors }: DraftProps) {
  return (
    <fieldset className="goal-form__section">
      <legend>Specific</legend>
      <Field label="Title" error={errors['title']} wide>
        <input value={draft.title} onChange={(e) => set({ title: e.target.value })} placeholder="Q1 revenue $60,000" autoFocus />
      </Field>
      <Field label="What exactly" error={errors['description']} hint="What counts, and what does not" wide>
        <input value={draft.description} onChange={(e) => set({ description: e.target.value })} placeholder="Deals won in the Sales pipeline, all campaigns" />
      </Field>
      <Field label="Team" error={errors['team']}>
        <select value={draft.team} onChange={(e) => set({ team: e.target.value as typeof draft.team })}>
          <option value="">Choose a team…</option>
          {GOAL_TEAMS.map((t) => (
            <option key={t} value={t}>
              {GOAL_TEAM_LABELS[t]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Owner" error={errors['owner']}>
        <OwnerSelect value={draft.owner} onChange={(e) => set({ owner: e.target.value })} emptyLabel="Choose who answers for it…" />
      </Field>
    </fieldset>
  )
}
