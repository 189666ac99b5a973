import { useState, type FormEvent } from 'react'
import { GoalInput } from '@shared/contract/goals'
import type { Goal } from '@shared/domain/goals'
import { smartChecklist } from '@shared/domain/goalsSmart'
import { navigate } from '../../app/router'
import { Dialog } from '../../ui/Dialog'
import { StaleSave } from '../../ui/StaleSave'
import { useVersionedDraft } from '../../ui/useVersionedDraft'
import { useUnsavedGuard } from '../../ui/unsavedGuard'
import { useFormErrors } from '../../ui/useFormErrors'
import { achievabilityQueryOf, draftOf, inputOf, smartDraftOf, type GoalDraft } from './goalDraft'
import { GoalMeasureFields } from './GoalMeasureFields'
import { useAchievability, useSaveGoal } from './goals.queries'
import { GoalTimeFields } from './GoalTimeFields'
import { GoalWhatFields } from './GoalWhatFields'
import { GoalWhyFields } from './GoalWhyFields'
import { SmartChecklist } from './SmartChecklist'
import { useDebounced } from './useDebounced'
import './goals.css'

/** The goal editor: the form walks the five letters, the checklist beside it says which one is weak. */
export function GoalEditor({ goal, defaults, onClose }: { goal: Goal | null; defaults?: Partial<GoalDraft>; onClose: () => void }) {
  // The defaults are read once, when the editor opens (a new goal has no version: nothing to be based on).
  const [draftOfEdited] = useState(() => ({ goal }: { goal: Goal | null }) => draftOf(goal, defaults))
  const edit = useVersionedDraft({ goal, version: goal?.version ?? 0 }, draftOfEdited)
  const { draft, setDraft } = edit
  // Closing the window with the editor changed asks first.
  useUnsavedGuard(edit.dirty)
  const errors = useFormErrors()
  const save = useSaveGoal()
  const set = (patch: Partial<GoalDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    // A message about a field goes once the person changes it; the checklist keeps saying what is left.
    if (Object.keys(patch).some((key) => errors.fields[key])) errors.clear()
  }
  const query = useDebounced(achievabilityQueryOf(draft), 250)
  const achievability = useAchievability(query)
  const check = achievabilityQueryOf(draft) && achievability.data ? achievability.data : null
  const items = smartChecklist(smartDraftOf(draft), check)

  async function saveDraft() {
    if (save.isPending) return
    const fields = errors.check(GoalInput, inputOf(draft))
    if (!fields) return
    try {
      const saved = await save.mutateAsync({ id: goal?.id ?? null, fields, ...(goal && { basedOnVersion: edit.basedOnVersion }) })
      onClose()
      if (!goal) navigate(`/goals/${saved.id}`)
    } catch (error) {
      if (!edit.refused(error)) errors.fromError(error)
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    void saveDraft()
  }

  const props = { draft, set, errors: errors.fields }
  return (
    <Dialog
      title={goal ? 'Edit goal' : 'New goal'}
      open
      onClose={onClose}
      wide
      footer={
        <>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="goal-form" className="button button--primary" disabled={save.isPending}>
            {goal ? 'Save changes' : 'Create goal'}
          </button>
        </>
      }
    >
      <div className="goal-editor">
        <form id="goal-form" className="goal-form" onSubmit={submit} noValidate>
          {errors.form && (
            <p className="form-error" role="alert">
              {errors.form}
            </p>
          )}
          {edit.staleMessage && <StaleSave message={edit.staleMessage} busy={save.isPending} onApply={() => void saveDraft()} onDiscard={edit.discard} />}
          <GoalWhatFields {...props} />
          <GoalMeasureFields {...props} />
          <GoalTimeFields {...props} />
          <GoalWhyFields {...props} goal={goal} />
        </form>
        <SmartChecklist items={items} />
      </div>
    </Dialog>
  )
}
