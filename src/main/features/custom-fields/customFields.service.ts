import { sql } from 'kysely'
import type { z } from 'zod'
import type { CustomFieldInput, CustomFieldPatch } from '@shared/contract/customFields'
import { nowIso } from '@shared/domain/dates'
import { fieldKeyFrom, isChoiceType, MAX_FIELDS_PER_ENTITY, type CustomField, type CustomFieldEntity } from '@shared/domain/customFields'
import { countOf, noun } from '@shared/domain/plural'
import { AppError, notFound } from '@shared/errors'
import type { Db } from '../context'
import { findCustomField, listCustomFields, RECORD_COLUMN, toCustomField } from './customFields.repo'

type NewField = z.output<typeof CustomFieldInput>
type Patch = z.output<typeof CustomFieldPatch>

/** A key not yet used by the entity's fields (archived ones included): "tier", "tier_2", … */
async function freeKey(trx: Db, entity: CustomFieldEntity, label: string): Promise<string> {
  const base = fieldKeyFrom(label)
  const taken = new Set((await trx.selectFrom('custom_fields').select('key').where('entity', '=', entity).execute()).map((r) => r.key))
  let key = base
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`
  return key
}

async function refuseSameLabel(db: Db, entity: CustomFieldEntity, label: string, exceptId?: number): Promise<void> {
  const same = await db
    .selectFrom('custom_fields')
    .select(['id', 'archived_at'])
    .where('entity', '=', entity)
    .where(sql<boolean>`lower(label) = lower(${label})`)
    .where('id', '!=', exceptId ?? 0)
    .executeTakeFirst()
  if (same) {
    const where = same.archived_at === null ? 'already' : 'already, archived (restore it instead),'
    throw new AppError('conflict', `A field called “${label}” is ${where} on ${entityWords(entity)}.`, 'label')
  }
}

const entityWords = (entity: CustomFieldEntity) => ({ lead: 'leads', person: 'people', organization: 'organisations' })[entity]

/** Adds a field at the end of the entity's list (in the caller's transaction when given one: the sample makes its fields in its own). */
export async function createCustomField(db: Db, input: NewField): Promise<CustomField> {
  await refuseSameLabel(db, input.entity, input.label)
  const add = async (trx: Db) => {
    const count = await trx.selectFrom('custom_fields').select((eb) => eb.fn.countAll<number>().as('n')).where('entity', '=', input.entity).executeTakeFirst()
    if (Number(count?.n ?? 0) >= MAX_FIELDS_PER_ENTITY) {
      throw new AppError('rule', `${entityWords(input.entity)} can have at most ${MAX_FIELDS_PER_ENTITY} custom fields. Archive one you no longer use first.`, 'label')
    }
    const last = await trx.selectFrom('custom_fields').select((eb) => eb.fn.max('position').as('p')).where('entity', '=', input.entity).executeTakeFirst()
    const now = nowIso()
    const row = await trx
      .insertInto('custom_fields')
      .values({
        entity: input.entity,
        key: await freeKey(trx, input.entity, input.label),
        label: input.label,
        type: input.type,
        options: JSON.stringify(input.options),
        help_text: input.helpText,
        required: input.required ? 1 : 0,
        position: Number(last?.p ?? -1) + 1,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    return toCustomField(row)
  }
  return db.isTransaction ? add(db) : db.transaction().execute(add)
}

/** Choices may be added and reordered; one still chosen on a record cannot be taken away. */
async function refuseRemovingChosen(db: Db, field: CustomField, options: string[]): Promise<void> {
  const removed = field.options.filter((option) => !options.includes(option))
  if (removed.length === 0) return
  const used = await db
    .selectFrom('custom_field_values')
    .select(['text_value', (eb) => eb.fn.countAll<number>().as('n')])
    .where('field_id', '=', field.id)
    .where('text_value', 'in', removed)
    .groupBy('text_value')
    .executeTakeFirst()
  if (used) {
    const n = Number(used.n)
    throw new AppError('rule', `“${used.text_value ?? ''}” is still chosen on ${countOf(n, noun('record'))}. Change those first, or keep the choice.`, 'options')
  }
}

export async function updateCustomField(db: Db, id: number, patch: Patch): Promise<CustomField> {
  const field = await findCustomField(db, id)
  if (!field) throw notFound('That custom field')
  if (patch.label !== undefined) await refuseSameLabel(db, field.entity, patch.label, id)
  if (patch.options !== undefined) {
    if (!isChoiceType(field.type) && patch.options.length > 0) throw new AppError('invalid_input', 'Only choice fields have choices.', 'options')
    if (isChoiceType(field.type) && patch.options.length === 0) throw new AppError('invalid_input', 'Keep at least one choice.', 'options')
    await refuseRemovingChosen(db, field, patch.options)
  }
  const row = await db
    .updateTable('custom_fields')
    .set({
      ...(patch.label !== undefined && { label: patch.label }),
      ...(patch.options !== undefined && { options: JSON.stringify(patch.options) }),
      ...(patch.helpText !== undefined && { help_text: patch.helpText }),
      ...(patch.required !== undefined && { required: patch.required ? 1 : 0 }),
      updated_at: nowIso(),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
  return toCustomField(row)
}

/** Puts the entity's live fields in the order given (each exactly once). */
export async function reorderCustomFields(db: Db, entity: CustomFieldEntity, ids: number[]): Promise<CustomField[]> {
  const live = await listCustomFields(db, entity)
  const sameSet = ids.length === live.length && new Set(ids).size === ids.length && live.every((f) => ids.includes(f.id))
  if (!sameSet) throw new AppError('conflict', 'The fields changed while you were ordering them. Reload and try again.', 'ids')
  await db.transaction().execute(async (trx) => {
    for (const [position, id] of ids.entries()) await trx.updateTable('custom_fields').set({ position }).where('id', '=', id).execute()
  })
  return listCustomFields(db, entity)
}

async function setArchived(db: Db, id: number, archivedAt: string | null): Promise<CustomField> {
  const row = await db.updateTable('custom_fields').set({ archived_at: archivedAt, updated_at: nowIso() }).where('id', '=', id).returningAll().executeTakeFirst()
  if (!row) throw notFound('That custom field')
  return toCustomField(row)
}

/** Values stay where they are: restoring the field shows them again. */
export const archiveCustomField = (db: Db, id: number) => setArchived(db, id, nowIso())
export const restoreCustomField = (db: Db, id: number) => setArchived(db, id, null)

/** How many records of the entity have a value in the field (Settings says so before archiving). */
export async function countFilled(db: Db, field: Pick<CustomField, 'id' | 'entity'>): Promise<number> {
  const column = RECORD_COLUMN[field.entity]
  const row = await sql<{ n: number }>`SELECT count(DISTINCT ${sql.ref(column)}) AS n FROM custom_field_values WHERE field_id = ${field.id}`.execute(db)
  return Number(row.rows[0]?.n ?? 0)
}
