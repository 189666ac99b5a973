import type { Goal } from '@shared/domain/goals'
import { Field } from '../../ui/Field'
import { useCampaigns, useSegments } from '../campaigns/campaigns.queries'
import { useGoals } from './goals.queries'
import type { DraftProps } from './GoalMeasureFields'

function toggle(list: number[], id: number): number[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id]
}

function CheckList({ label, items, chosen, onToggle }: { label: string; items: ReadonlyArray<{ id: number; name: string }> | undefined; chosen: number[]; onToggle: (id: number) => void }) {
  return (
    <fieldset className="goal-form__checklist">
      <legend>{label}</legend>
      {!items?.length ? (
        <p className="muted">None yet.</p>
      ) : (
        items.map((item) => (
          <label key={item.id} className="goal-form__check">
            <input type="checkbox" checked={chosen.includes(item.id)} onChange={() => onToggle(item.id)} />
            {item.name}
          </label>
        ))
      )}
    </fieldset>
  )
}

/** R: why it matters and what it serves — a parent goal, campaigns, segments. */
export function GoalWhyFields({ draft, set, errors, goal }: DraftProps & { goal: Goal | null }) {
  const goals = useGoals(false)
  const campaigns = useCampaigns()
  const segments = useSegments()
  const parents = goals.data?.filter((g) => g.id !== goal?.id && g.final === null)
  return (
    <fieldset className="goal-form__section">
      <legend>Relevant</legend>
      <Field label="Why it matters" error={errors['why']} hint="The reason the team will act on it" wide>
        <input value={draft.why} onChange={(e) => set({ why: e.target.value })} placeholder="Pays for the second sales hire in Q2" />
      </Field>
      <Field label="Supports goal" error={errors['parentId']} hint="A supporting goal adds up to a shared one" wide>
        <select value={draft.parentId} onChange={(e) => set({ parentId: e.target.value })}>
          <option value="">None — a top-level goal</option>
          {parents?.map((g) => (
            <option key={g.id} value={g.id}>
              {g.title} ({g.periodLabel})
            </option>
          ))}
        </select>
      </Field>
      <div className="goal-form__links field--wide">
        <CheckList label="Campaigns it serves" items={campaigns.data} chosen={draft.campaignIds} onToggle={(id) => set({ campaignIds: toggle(draft.campaignIds, id) })} />
        <CheckList label="Segments it serves" items={segments.data} chosen={draft.segmentIds} onToggle={(id) => set({ segmentIds: toggle(draft.segmentIds, id) })} />
      </div>
      {(errors['campaignIds'] ?? errors['segmentIds']) && (
        <p className="field__error field--wide" role="alert">
          {errors['campaignIds'] ?? errors['segmentIds']}
        </p>
      )}
    </fieldset>
  )
}
