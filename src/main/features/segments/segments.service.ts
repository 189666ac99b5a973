import type { z } from 'zod'
import type { SegmentInput } from '@shared/contract/segments'
import type { SegmentSummary } from '@shared/domain/campaigns'
import { isChoiceType } from '@shared/domain/customFields'
import { nowIso } from '@shared/domain/dates'
import { AppError, notFound } from '@shared/errors'
import { isUniqueViolation } from '../../db/dialect/errors'
import type { Db } from '../context'
import { findCustomField } from '../custom-fields/customFields.repo'
import { findSegment } from './segments.repo'
import { applySegmentRules } from './segments.rules'

type SegmentFields = z.output<typeof SegmentInput>

const toRow = (input: SegmentFields) => ({
  name: input.name,
  description: input.description,
  industry: input.industry,
  company_size: input.companySize,
  region: input.region,
  ...(input.rule !== undefined && { rule_field_id: input.rule?.fieldId ?? null, rule_option: input.rule?.option ?? null }),
})

/** A rule names a live choice field of people or organisations and one of its choices; returns the field's entity. */
async function checkRule(db: Db, rule: SegmentFields['rule']): Promise<'person' | 'organization' | null> {
  if (!rule) return null
  const field = await findCustomField(db, rule.fieldId)
  if (!field || field.archivedAt !== null) throw new AppError('invalid_input', 'That field is no longer there. Pick another.', 'rule')
  if (field.entity === 'lead' || !isChoiceType(field.type)) throw new AppError('invalid_input', 'Pick a choice field of people or organisations.', 'rule')
  if (!field.options.includes(rule.option)) throw new AppError('invalid_input', `“${rule.option}” is not one of ${field.label}'s choices.`, 'rule')
  return field.entity
}

function nameTaken(error: unknown, name: string): never {
  if (isUniqueViolation(error)) throw new AppError('conflict', `There is already a segment called “${name}”.`, 'name')
  throw error
}

async function getSegment(db: Db, id: number): Promise<SegmentSummary> {
  const segment = await findSegment(db, id)
  if (!segment) throw notFound('That segment')
  return segment
}

export async function createSegment(db: Db, input: SegmentFields): Promise<SegmentSummary> {
  const entity = await checkRule(db, input.rule)
  try {
    const id = await db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto('segments')
        .values({ ...toRow(input), created_at: nowIso() })
        .returning('id')
        .executeTakeFirstOrThrow()
      if (entity) await applySegmentRules(trx, entity, { segmentId: id })
      return id
    })
    return await getSegment(db, id)
  } catch (error) {
    nameTaken(error, input.name)
  }
}

export async function updateSegment(db: Db, id: number, input: SegmentFields): Promise<SegmentSummary> {
  const entity = await checkRule(db, input.rule)
  try {
    await db.transaction().execute(async (trx) => {
      const result = await trx.updateTable('segments').set(toRow(input)).where('id', '=', id).executeTakeFirst()
      if (result.numUpdatedRows === 0n) throw notFound('That segment')
      if (entity) await applySegmentRules(trx, entity, { segmentId: id })
    })
  } catch (error) {
    nameTaken(error, input.name)
  }
  return getSegment(db, id)
}

/** Deletes a segment. Its people, organisations (and so their leads) and campaigns are kept and simply lose the segment (the foreign keys set it to null). */
export async function deleteSegment(db: Db, id: number): Promise<{ id: number; leadsCleared: number; campaignsCleared: number }> {
  return db.transaction().execute(async (trx) => {
    const segment = await findSegment(trx, id)
    if (!segment) throw notFound('That segment')
    await trx.deleteFrom('segments').where('id', '=', id).execute()
    return { id, leadsCleared: segment.leadCount, campaignsCleared: segment.campaignCount }
  })
}
