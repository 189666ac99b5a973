import type { Selectable } from 'kysely'
import { CUSTOM_FIELD_ENTITIES, CUSTOM_FIELD_TYPES, type CustomField, type CustomFieldEntity, type CustomFieldType } from '@shared/domain/customFields'
import { fixedQuery } from '../../db/fixed-query'
import type { CustomFieldsTable } from '../../db/schema'
import type { Db } from '../context'

export type CustomFieldRow = Selectable<CustomFieldsTable>

/** The column of custom_field_values that points at a record of this entity. */
export const RECORD_COLUMN = { lead: 'lead_id', person: 'person_id', organization: 'organization_id' } as const satisfies Record<CustomFieldEntity, string>

function parseOptions(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json)
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
  } catch {
    return []
  }
}

export function toCustomField(row: CustomFieldRow): CustomField {
  return {
    id: row.id,
    entity: (CUSTOM_FIELD_ENTITIES as readonly string[]).includes(row.entity) ? (row.entity as CustomFieldEntity) : 'lead',
    key: row.key,
    label: row.label,
    type: (CUSTOM_FIELD_TYPES as readonly string[]).includes(row.type) ? (row.type as CustomFieldType) : 'text',
    options: parseOptions(row.options),
    helpText: row.help_text,
    required: row.required === 1,
    position: row.position,
    archivedAt: row.archived_at,
  }
}

// Fixed SQL sorted here: every lead, person and organisation read asks for its entity's fields,
// and both compiling a query builder and SQLite's sorter (even over no rows) cost more than the
// read itself (the get-lead bench). A firm has tens of fields, not thousands.
const allFields = fixedQuery<CustomFieldRow>('SELECT * FROM custom_fields WHERE ? = 1 OR archived_at IS NULL')
const entityFields = fixedQuery<CustomFieldRow>('SELECT * FROM custom_fields WHERE entity = ? AND (? = 1 OR archived_at IS NULL)')
const inFirmOrder = (a: CustomFieldRow, b: CustomFieldRow) => (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : a.position - b.position || a.id - b.id)

/** An entity's fields in the firm's order; archived ones too when asked (Settings lists them apart). */
export async function listCustomFields(db: Db, entity?: CustomFieldEntity, includeArchived = false): Promise<CustomField[]> {
  const archived = includeArchived ? 1 : 0
  const { rows } = entity === undefined ? await allFields(db, archived) : await entityFields(db, entity, archived)
  return [...rows].sort(inFirmOrder).map(toCustomField)
}

export async function findCustomField(db: Db, id: number): Promise<CustomField | undefined> {
  const row = await db.selectFrom('custom_fields').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toCustomField(row) : undefined
}
