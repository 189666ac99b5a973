import type { DayOrder, DecimalMark, DuplicatePolicy, ImportKind } from '@shared/domain/imports'
import { Field } from '../../ui/Field'

export interface ImportChoices {
  duplicates: DuplicatePolicy
  dayOrder: DayOrder
  decimalMark: DecimalMark
  createCampaigns: boolean
  createStages: boolean
}

/** How to read dates and amounts, and what to do with duplicates and unknown names. */
export function ImportOptionsForm({ kind, value, onChange }: { kind: ImportKind; value: ImportChoices; onChange: (value: ImportChoices) => void }) {
  const leads = kind === 'leads'
  const contacts = kind === 'contacts'
  const already = contacts
    ? { label: 'When a person or organisation is already in Baton', hint: 'Same email, or same name at the organisation; an organisation by name or domain.', update: 'Update them with the file’s values (empty cells keep what Baton has)', create: 'Create another one anyway' }
    : leads
      ? { label: 'When a lead is already in Baton', hint: 'Same email, or same company and person name.', update: 'Update the lead with the file’s values', create: 'Create another lead anyway' }
      : { label: 'When a campaign is already in Baton', hint: 'A campaign with the same name.', update: 'Update the campaign with the file’s values', create: 'Create another campaign anyway' }
  const set = <K extends keyof ImportChoices>(key: K, next: ImportChoices[K]) => onChange({ ...value, [key]: next })
  return (
    <div className="import-options">
      <Field label={already.label} hint={already.hint}>
        <select value={value.duplicates} onChange={(event) => set('duplicates', event.target.value as DuplicatePolicy)}>
          <option value="skip">Skip the row</option>
          <option value="update">{already.update}</option>
          <option value="create">{already.create}</option>
        </select>
      </Field>
      <Field label="Dates like 03/04/2026 are" hint="Guessed from the date columns.">
        <select value={value.dayOrder} onChange={(event) => set('dayOrder', event.target.value as DayOrder)}>
          <option value="dmy">Day first (3 April)</option>
          <option value="mdy">Month first (March 4)</option>
        </select>
      </Field>
      <Field label="Amounts are written like" hint="Guessed from the amount columns.">
        <select value={value.decimalMark} onChange={(event) => set('decimalMark', event.target.value as DecimalMark)}>
          <option value=".">1,234.50</option>
          <option value=",">1.234,50</option>
        </select>
      </Field>
      {contacts && (
        <div className="import-options__checks">
          <label>
            <input type="checkbox" checked={value.createCampaigns} onChange={(event) => set('createCampaigns', event.target.checked)} /> Create campaigns the file names that Baton doesn’t
            have (where people first came from)
          </label>
        </div>
      )}
      {leads && (
        <div className="import-options__checks">
          <label>
            <input type="checkbox" checked={value.createCampaigns} onChange={(event) => set('createCampaigns', event.target.checked)} /> Create campaigns the file names that Baton doesn’t
            have
          </label>
          <label>
            <input type="checkbox" checked={value.createStages} onChange={(event) => set('createStages', event.target.checked)} /> Create stages that mean nothing the pipeline has
            (otherwise those leads start in its first stage)
          </label>
        </div>
      )}
    </div>
  )
}
