import { z } from 'zod'
import { CUSTOM_FIELD_ENTITIES, CUSTOM_FIELD_TYPES, MAX_CHOICES, type CustomField } from '../domain/customFields'
import { call } from './define'
import { Id, optionalText, requiredText } from './fields'

const Entity = z.enum(CUSTOM_FIELD_ENTITIES, 'Pick people, organisations or leads')
const Label = requiredText(80, 'Name the field')
const Options = z
  .array(z.string().trim().min(1, 'A choice cannot be empty').max(60, 'Keep each choice under 60 characters'))
  .max(MAX_CHOICES, `Use at most ${MAX_CHOICES} choices`)
  .refine((list) => new Set(list.map((v) => v.toLowerCase())).size === list.length, 'Each choice must differ from the others')

export const CustomFieldInput = z
  .object({
    entity: Entity,
    label: Label,
    type: z.enum(CUSTOM_FIELD_TYPES, 'Pick a type from the list'),
    options: Options.default([]),
    helpText: optionalText(200),
    required: z.boolean().default(false),
  })
  .strict()
  .refine((f) => (f.type === 'choice' || f.type === 'choices' ? f.options.length > 0 : f.options.length === 0), {
    path: ['options'],
    message: 'Add at least one choice (only choice fields have choices)',
  })
export type CustomFieldInput = z.input<typeof CustomFieldInput>

/** What an edit may change: the type stays (values are stored by type), choices may be added, renamed or reordered. */
export const CustomFieldPatch = z
  .object({
    label: Label.optional(),
    options: Options.optional(),
    helpText: optionalText(200),
    required: z.boolean().optional(),
  })
  .strict()

export const customFieldsContract = {
  /** An entity's fields in order (or every entity's); archived ones only when asked. */
  'customFields.list': call(z.object({ entity: Entity.optional(), includeArchived: z.boolean().default(false) }).strict()).returns<CustomField[]>(),
  'customFields.create': call(CustomFieldInput).returns<CustomField>(),
  'customFields.update': call(z.object({ id: Id, fields: CustomFieldPatch }).strict()).returns<CustomField>(),
  /** The entity's live fields in their new order (every one of them, once). */
  'customFields.reorder': call(z.object({ entity: Entity, ids: z.array(Id).min(1).max(200) }).strict()).returns<CustomField[]>(),
  /** Hides it from forms, tables and filters; its values stay and come back with `restore`. */
  'customFields.archive': call(z.object({ id: Id }).strict()).returns<CustomField>(),
  'customFields.restore': call(z.object({ id: Id }).strict()).returns<CustomField>(),
}
