import { useState, type FocusEvent, type FormEvent, type ReactNode } from 'react'
import { StagePatch } from '@shared/contract/stages'
import type { Stage } from '@shared/domain/pipelines'
import { useFormErrors } from '../../ui/useFormErrors'
import { useUpdateStage } from './stages.queries'

type Draft = { name: string; color: string; winProbability: string; staleDays: string }

const draftOf = (stage: Stage): Draft => ({
  name: stage.name,
  color: stage.color,
  winProbability: String(stage.winProbability),
  staleDays: stage.staleDays === null ? '' : String(stage.staleDays),
})

/** Only what changed, in the shapes main expects: an empty stale-days box means "never stale". */
function patchOf(stage: Stage, draft: Draft) {
  const before = draftOf(stage)
  const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))
  return {
    ...(draft.name !== before.name && { name: draft.name }),
    ...(draft.color !== before.color && { color: draft.color }),
    ...(draft.winProbability !== before.winProbability && { winProbability: number(draft.winProbability) }),
    ...(draft.staleDays !== before.staleDays && { staleDays: draft.staleDays.trim() === '' ? null : number(draft.staleDays) }),
  }
}

/**
 * One stage, edited in place: changes save on Enter, with Save, or when focus leaves
 * the row. Won and Lost keep their fixed probability and are never stale.
 */
export function StageRow({ stage, actions, children }: { stage: Stage; actions?: ReactNode; children?: ReactNode }) {
  const [draft, setDraft] = useState(() => draftOf(stage))
  const errors = useFormErrors()
  const update = useUpdateStage()
  const open = stage.kind === 'open'
  const patch = patchOf(stage, draft)
  const dirty = Object.keys(patch).length > 0
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }))

  async function save(event?: FormEvent) {
    event?.preventDefault()
    if (!dirty || update.isPending) return
    const fields = errors.check(StagePatch, patch)
    if (!fields) return
    try {
      await update.mutateAsync({ id: stage.id, fields })
    } catch (error) {
      errors.fromError(error)
    }
  }

  const saveWhenLeaving = (event: FocusEvent<HTMLFormElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) void save()
  }

  const problem = errors.fields['name'] ?? errors.fields['color'] ?? errors.fields['winProbability'] ?? errors.fields['staleDays'] ?? errors.form
  const errorId = `stage-${stage.id}-error`
  const invalid = (key: string) => (errors.fields[key] ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})
  return (
    <li className={`stage-row stage-row--${stage.kind}`} aria-label={stage.name}>
      <form className="stage-row__form" onSubmit={(event) => void save(event)} onBlur={saveWhenLeaving} noValidate>
        <input type="color" aria-label="Colour" value={draft.color} onChange={set('color')} {...invalid('color')} />
        <input aria-label="Stage name" value={draft.name} onChange={set('name')} maxLength={60} {...invalid('name')} />
        {open ? (
          <>
            <input aria-label="Win probability (%)" inputMode="numeric" value={draft.winProbability} onChange={set('winProbability')} {...invalid('winProbability')} />
            <input aria-label="Stale after (days)" inputMode="numeric" placeholder="Never" value={draft.staleDays} onChange={set('staleDays')} {...invalid('staleDays')} />
          </>
        ) : (
          <>
            <span className="stage-row__fixed">{stage.winProbability}%</span>
            <span className="stage-row__fixed muted">Never stale</span>
          </>
        )}
        <span className="stage-row__actions">
          {dirty && (
            <button type="submit" className="button button--small button--primary" disabled={update.isPending}>
              Save
            </button>
          )}
          {actions}
        </span>
      </form>
      {problem && (
        <p className="field__error" id={errorId} role="alert">
          {problem}
        </p>
      )}
      {children}
    </li>
  )
}
