import type { CustomField } from '@shared/domain/customFields'
import { isChoiceType } from '@shared/domain/customFields'
import { Field } from '../../ui/Field'
import { useCustomFields } from '../custom-fields/customFields.queries'

export interface RuleDraft {
  fieldId: string
  option: string
}

const ENTITY_WORD = { person: 'People', organization: 'Organisations', lead: 'Leads' } as const

/** The live choice fields of people and organisations a segment's rule can name. */
export function useRuleFields(): CustomField[] {
  const people = useCustomFields('person')
  const organizations = useCustomFields('organization')
  return [...(organizations.data ?? []), ...(people.data ?? [])].filter((field) => isChoiceType(field.type))
}

/** "Who is in it": a choice field of people or organisations and one of its choices. */
export function SegmentRuleFields({ fields, draft, onChange, error }: { fields: CustomField[]; draft: RuleDraft; onChange: (next: RuleDraft) => void; error: string | undefined }) {
  const field = fields.find((f) => String(f.id) === draft.fieldId)
  if (fields.length === 0) {
    return <p className="muted segment-rule__none">Add a choice field to people or organisations in Settings to fill this segment by it.</p>
  }
  return (
    <>
      <Field label="Who is in it" error={error} hint="People or organisations with this choice join the segment, now and whenever it is set later">
        <select value={draft.fieldId} onChange={(e) => onChange({ fieldId: e.target.value, option: '' })}>
          <option value="">Only those put in it by hand</option>
          {fields.map((f) => (
            <option key={f.id} value={String(f.id)}>
              {ENTITY_WORD[f.entity]} · {f.label}
            </option>
          ))}
        </select>
      </Field>
      {field && (
        <Field label={field.type === 'choices' ? `${field.label} include` : `${field.label} is`}>
          <select value={draft.option} onChange={(e) => onChange({ ...draft, option: e.target.value })}>
            <option value="">Choose one</option>
            {field.options.map((option) => (
              <option key={option}>{option}</option>
            ))}
          </select>
        </Field>
      )}
    </>
  )
}

/** The label a segment card shows for its rule ("Account tier is Strategic"), or null without one. */
export function ruleText(fields: CustomField[], rule: { fieldId: number; option: string } | null): string | null {
  if (!rule) return null
  const field = fields.find((f) => f.id === rule.fieldId)
  if (!field) return null
  return `${field.label} ${field.type === 'choices' ? 'include' : 'is'} ${rule.option}`
}
