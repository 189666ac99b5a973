import { useState, type FormEvent } from 'react'
import { AppError } from '@shared/errors'
import { LeadPatch } from '@shared/contract/leads'
import { amountProblem } from '@shared/domain/money'
import type { Lead } from '@shared/domain/leads'
import { EntitySelect } from '../../ui/EntitySelect'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { useCampaigns, useSegments } from '../campaigns/campaigns.queries'
import { EmailMatches } from './EmailMatches'
import { StaleSave } from '../../ui/StaleSave'
import { changedFields, draftOf, patchOf, type LeadDraft } from './leadDraft'
import { useUpdateLead } from './lead-detail.queries'
import { OwnerSelect } from '../settings/OwnerSelect'
import { CURRENCY } from '../../ui/format'
import { useUnsavedGuard } from '../../ui/unsavedGuard'
import { followNewer } from '../../ui/useVersionedDraft'

/** Every editable field of a lead, checked with the same schema main uses before it is sent. */
export function LeadFieldsForm({ lead, stageProbability }: { lead: Lead; stageProbability: number | null }) {
  // The lead as it was when editing began: what the draft's changes are measured against and the
  // version the save is based on. A newer lead (a teammate's save, shown live) replaces it while
  // nothing is typed; once something is, the draft stays and the server judges the save.
  const [base, setBase] = useState<Lead>(lead)
  // The lead the fields nobody touched show: they follow a newer lead even while others are typed.
  const [shown, setShown] = useState<Lead>(lead)
  const [draft, setDraft] = useState<LeadDraft>(() => draftOf(lead))
  const [stale, setStale] = useState<{ message: string; fields: LeadPatch } | null>(null)
  const [checkedEmail, setCheckedEmail] = useState(lead.email ?? '')
  const [status, setStatus] = useState('')
  const errors = useFormErrors()
  const update = useUpdateLead()
  const campaigns = useCampaigns()
  const segments = useSegments()
  const set = (key: keyof LeadDraft) => (event: { target: { value: string } }) => {
    setStatus('')
    setDraft((d) => ({ ...d, [key]: event.target.value }))
  }
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(base))
  useUnsavedGuard(dirty)
  // Adjusted while rendering (React's pattern for state that follows a prop), not in an effect.
  if (lead.version !== shown.version) {
    setShown(lead)
    if (!dirty && !stale) {
      setBase(lead)
      setDraft(draftOf(lead))
    } else {
      setDraft(followNewer(draft, draftOf(shown), draftOf(lead)))
    }
  }

  async function save(fields: LeadPatch, basedOnVersion: number) {
    try {
      const next = await update.mutateAsync({ id: lead.id, fields, basedOnVersion })
      setStale(null)
      setBase(next)
      setShown(next)
      setDraft(draftOf(next))
      setStatus('Saved.')
    } catch (error) {
      if (error instanceof AppError && error.code === 'stale') setStale({ message: error.message, fields })
      else errors.fromError(error)
    }
  }

  function discardMine() {
    setStale(null)
    setShown(lead)
    setBase(lead)
    setDraft(draftOf(lead))
    errors.clear()
    setStatus('Showing the saved lead.')
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (update.isPending) return
    const parsed = errors.check(LeadPatch, patchOf(draft))
    if (!parsed) return
    const fields = changedFields(parsed, base)
    if (Object.keys(fields).length === 0) {
      setStatus('Nothing has changed.')
      return
    }
    await save(fields, base.version)
  }

  function undo(event: { currentTarget: HTMLElement }) {
    // The button goes away with the changes, so focus moves to the form's first field.
    event.currentTarget.closest('form')?.querySelector('input')?.focus()
    setDraft(draftOf(base))
    errors.clear()
  }

  const followLabel = stageProbability === null ? 'Follow the stage' : `Follow stage (${stageProbability}%)`
  return (
    <form className="form-grid drawer-form" onSubmit={(event) => void submit(event)} noValidate aria-label="Lead details">
      {errors.form && <p className="form-error" role="alert">{errors.form}</p>}
      {stale && <StaleSave message={stale.message} busy={update.isPending} onApply={() => void save(stale.fields, lead.version)} onDiscard={discardMine} />}
      <Field label="Person" error={errors.fields['personName']}>
        <input value={draft.personName} onChange={set('personName')} />
      </Field>
      <Field label="Company" error={errors.fields['company']}>
        <input value={draft.company} onChange={set('company')} />
      </Field>
      <Field label="Email" error={errors.fields['email']}>
        <input type="text" inputMode="email" autoComplete="email" spellCheck={false} value={draft.email} onChange={set('email')} onBlur={() => setCheckedEmail(draft.email.trim().toLowerCase())} />
      </Field>
      <Field label="Phone" error={errors.fields['phone']}>
        <input type="tel" value={draft.phone} onChange={set('phone')} />
      </Field>
      <EmailMatches leadId={lead.id} email={checkedEmail} />
      <Field label="Source campaign" error={errors.fields['sourceCampaignId']} wide>
        <EntitySelect items={campaigns.data} emptyLabel="No campaign" value={draft.sourceCampaignId} onChange={set('sourceCampaignId')} />
      </Field>
      <Field label="Segment" error={errors.fields['segmentId']}>
        <EntitySelect items={segments.data} emptyLabel="No segment" value={draft.segmentId} onChange={set('segmentId')} />
      </Field>
      <Field label={`Deal value (${CURRENCY})`} error={errors.fields['valueMinor'] ? (amountProblem(draft.value) ?? errors.fields['valueMinor']) : undefined}>
        <input value={draft.value} onChange={set('value')} inputMode="decimal" placeholder="0" />
      </Field>
      <Field label="Chance to win" hint="Used for the weighted pipeline value">
        <select value={draft.probabilityMode} onChange={set('probabilityMode')}>
          <option value="stage">{followLabel}</option>
          <option value="custom">Set by hand</option>
        </select>
      </Field>
      {draft.probabilityMode === 'custom' ? (
        <Field label="Chance to win (%)" error={errors.fields['probabilityOverride'] ? 'Enter a whole number from 0 to 100' : undefined}>
          <input type="number" min={0} max={100} step={1} value={draft.probability} onChange={set('probability')} />
        </Field>
      ) : (
        <span aria-hidden="true" />
      )}
      <Field label="Owner" error={errors.fields['owner']}>
        <OwnerSelect value={draft.owner} onChange={set('owner')} />
      </Field>
      <Field label="Expected close" error={errors.fields['expectedCloseOn']}>
        <input type="date" value={draft.expectedCloseOn} onChange={set('expectedCloseOn')} />
      </Field>
      <Field label="Tags" error={errors.fields['tags']} hint="Separate tags with commas" wide>
        <input value={draft.tags} onChange={set('tags')} />
      </Field>
      <Field label="Notes" error={errors.fields['notes']} wide>
        <textarea rows={3} value={draft.notes} onChange={set('notes')} />
      </Field>
      <div className="drawer-form__actions">
        <span className="muted" role="status">
          {status}
        </span>
        {dirty && (
          <button type="button" className="button" onClick={undo}>
            Undo changes
          </button>
        )}
        {/* Never disabled: a button that disables itself on click drops keyboard focus to the page. */}
        <button type="submit" className="button button--primary">
          Save changes
        </button>
      </div>
    </form>
  )
}
