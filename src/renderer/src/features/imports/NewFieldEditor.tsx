import { CUSTOM_FIELD_TYPE_LABELS, CUSTOM_FIELD_TYPES, isChoiceType, type CustomFieldEntity, type CustomFieldType } from '@shared/domain/customFields'
import type { CustomColumnChoice } from '@shared/domain/imports'

type NewField = Extract<CustomColumnChoice, { kind: 'new' }>

const ON_LABELS: Record<CustomFieldEntity, string> = { lead: 'the deal', person: 'the person', organization: 'the organisation' }

/**
 * The new field a column becomes, as the import will make it: on which record, of which type
 * (guessed from the column's values), and its name. The choices of a choice field are the
 * values the file shows; later rows add theirs.
 */
export function NewFieldEditor({ header, value, guessedType, onChange }: { header: string; value: NewField; guessedType: CustomFieldType; onChange: (next: NewField) => void }) {
  return (
    <div className="import-new-field" role="group" aria-label={`New field from “${header}”`}>
      <label>
        <span>On</span>
        <select aria-label={`Record “${header}” belongs to`} value={value.entity} onChange={(event) => onChange({ ...value, entity: event.target.value as CustomFieldEntity })}>
          {(Object.keys(ON_LABELS) as CustomFieldEntity[]).map((entity) => (
            <option key={entity} value={entity}>
              {ON_LABELS[entity]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Type</span>
        <select aria-label={`Type of the new field from “${header}”`} value={value.type} onChange={(event) => onChange({ ...value, type: event.target.value as CustomFieldType })}>
          {CUSTOM_FIELD_TYPES.map((type) => (
            <option key={type} value={type}>
              {CUSTOM_FIELD_TYPE_LABELS[type]}
              {type === guessedType ? ' (guessed)' : ''}
            </option>
          ))}
        </select>
      </label>
      <label className="import-new-field__name">
        <span>Name</span>
        <input aria-label={`Name of the new field from “${header}”`} value={value.label} maxLength={80} onChange={(event) => onChange({ ...value, label: event.target.value })} />
      </label>
      {isChoiceType(value.type) && value.options.length > 0 && <p className="import-new-field__choices muted">Choices: {value.options.join(', ')}</p>}
    </div>
  )
}
