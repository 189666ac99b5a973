import { useState, type FormEvent } from 'react'
import { SegmentInput } from '@shared/contract/segments'
import type { SegmentSummary } from '@shared/domain/campaigns'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { SegmentRuleFields, useRuleFields, type RuleDraft } from './SegmentRuleFields'
import { useSaveSegment } from './segments.queries'

type Draft = Record<'name' | 'industry' | 'companySize' | 'region' | 'description', string>

const draftOf = (s: SegmentSummary | null): Draft => ({
  name: s?.name ?? '',
  industry: s?.industry ?? '',
  companySize: s?.companySize ?? '',
  region: s?.region ?? '',
  description: s?.description ?? '',
})

/** Create or edit a segment: a name, the criteria that define who is in it, and a description. */
export function SegmentEditor({ segment, onClose, onSaved }: { segment: SegmentSummary | null; onClose: () => void; onSaved: (name: string) => void }) {
  const [draft, setDraft] = useState(() => draftOf(segment))
  const [rule, setRule] = useState<RuleDraft>({ fieldId: segment?.rule ? String(segment.rule.fieldId) : '', option: segment?.rule?.option ?? '' })
  const ruleFields = useRuleFields()
  const errors = useFormErrors()
  const save = useSaveSegment()
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    const fields = errors.check(SegmentInput, { ...draft, rule: rule.fieldId ? { fieldId: Number(rule.fieldId), option: rule.option } : null })
    if (!fields) return
    try {
      const saved = await save.mutateAsync({ id: segment?.id ?? null, fields })
      onSaved(saved.name)
      onClose()
    } catch (error) {
      errors.fromError(error)
    }
  }

  return (
    <Dialog
      title={segment ? `Edit ${segment.name}` : 'New segment'}
      open
      onClose={onClose}
      wide
      footer={
        <>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="segment-form" className="button button--primary" disabled={save.isPending}>
            {segment ? 'Save changes' : 'Create segment'}
          </button>
        </>
      }
    >
      <form id="segment-form" className="form-grid" onSubmit={(event) => void submit(event)} noValidate>
        {errors.form && <p className="form-error" role="alert">{errors.form}</p>}
        <Field label="Name" error={errors.fields['name']} wide>
          <input value={draft.name} onChange={set('name')} placeholder="Dental practices" autoFocus />
        </Field>
        <Field label="Industry" error={errors.fields['industry']} hint="e.g. Healthcare, Professional services">
          <input value={draft.industry} onChange={set('industry')} />
        </Field>
        <Field label="Company size" error={errors.fields['companySize']} hint="e.g. 5–50 employees">
          <input value={draft.companySize} onChange={set('companySize')} />
        </Field>
        <Field label="Region" error={errors.fields['region']} hint="e.g. Ohio, the Midwest, Germany">
          <input value={draft.region} onChange={set('region')} />
        </Field>
        <SegmentRuleFields fields={ruleFields} draft={rule} onChange={setRule} error={errors.fields['rule'] ?? errors.fields['rule.option']} />
        <Field label="Description" error={errors.fields['description']} hint="Who they are and what they care about" wide>
          <textarea rows={3} value={draft.description} onChange={set('description')} />
        </Field>
      </form>
    </Dialog>
  )
}
