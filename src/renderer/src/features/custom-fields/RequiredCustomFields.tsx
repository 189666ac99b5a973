import type { CustomFieldEntity, CustomValue, CustomValues } from '@shared/domain/customFields'
import { CustomFieldEditor } from './CustomFieldEditor'
import { useCustomFields } from './customFields.queries'

interface RequiredProps {
  entity: CustomFieldEntity
  values: CustomValues
  onChange: (key: string, value: CustomValue) => void
  /** Messages by field key (main's, when it refused the form). */
  errors: Partial<Record<string, string>>
}

/** The required custom fields of a new record, inside its create form (the rest are filled in later, in place). */
export function RequiredCustomFields({ entity, values, onChange, errors }: RequiredProps) {
  const fields = useCustomFields(entity)
  return (
    <>
      {fields.data
        ?.filter((field) => field.required)
        .map((field) => (
          <CustomFieldEditor
            key={field.id}
            field={field}
            value={values[field.key]}
            error={errors[field.key]}
            onCommit={(value) => {
              onChange(field.key, value)
              return Promise.resolve(null)
            }}
          />
        ))}
    </>
  )
}
