import type { customFieldsContract } from '@shared/contract/customFields'
import type { HandlersFor } from '../context'
import { listCustomFields } from './customFields.repo'
import { archiveCustomField, createCustomField, reorderCustomFields, restoreCustomField, updateCustomField } from './customFields.service'

export const customFieldsHandlers: HandlersFor<typeof customFieldsContract> = {
  'customFields.list': ({ db }, { entity, includeArchived }) => listCustomFields(db, entity, includeArchived),
  'customFields.create': ({ db }, input) => createCustomField(db, input),
  'customFields.update': ({ db }, { id, fields }) => updateCustomField(db, id, fields),
  'customFields.reorder': ({ db }, { entity, ids }) => reorderCustomFields(db, entity, ids),
  'customFields.archive': ({ db }, { id }) => archiveCustomField(db, id),
  'customFields.restore': ({ db }, { id }) => restoreCustomField(db, id),
}
