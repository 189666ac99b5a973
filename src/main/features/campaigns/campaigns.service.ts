import type { z } from 'zod'
import type { CampaignInput } from '@shared/contract/campaigns'
import type { Campaign } from '@shared/domain/campaigns'
import { nowIso } from '@shared/domain/dates'
import { AppError, notFound } from '@shared/errors'
import { isUniqueViolation } from '../../db/dialect/errors'
import { claimVersion, recordVersion } from '../versions/record-versions'
import type { Db } from '../context'
import { segmentExists } from '../segments/segments.repo'
import { findCampaign } from './campaigns.repo'

type CampaignFields = z.output<typeof CampaignInput>

function toRow(fields: CampaignFields) {
  return {
    name: fields.name,
    channel: fields.channel,
    objective: fields.objective,
    segment_id: fields.segmentId,
    budget_minor: fields.budgetMinor,
    starts_on: fields.startsOn,
    ends_on: fields.endsOn,
    status: fields.status,
    tracking_code: fields.trackingCode,
    notes: fields.notes,
  }
}

async function checkReferences(db: Db, fields: CampaignFields): Promise<void> {
  if (fields.segmentId !== null && !(await segmentExists(db, fields.segmentId))) {
    throw new AppError('invalid_input', 'That segment no longer exists. Pick another one.', 'segmentId')
  }
}

function duplicateTrackingCode(error: unknown, fields: CampaignFields): never {
  if (isUniqueViolation(error)) {
    throw new AppError('conflict', `Another campaign already uses the tracking code “${fields.trackingCode}”.`, 'trackingCode')
  }
  throw error
}

export async function getCampaign(db: Db, id: number): Promise<Campaign> {
  const campaign = await findCampaign(db, id)
  if (!campaign) throw notFound('That campaign')
  return campaign
}

export async function createCampaign(db: Db, fields: CampaignFields): Promise<Campaign> {
  await checkReferences(db, fields)
  const now = nowIso()
  try {
    const { id } = await db
      .insertInto('campaigns')
      .values({ ...toRow(fields), created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    return getCampaign(db, id)
  } catch (error) {
    duplicateTrackingCode(error, fields)
  }
}

export async function updateCampaign(db: Db, id: number, fields: CampaignFields, basedOnVersion?: number): Promise<Campaign> {
  await checkReferences(db, fields)
  try {
    await db.transaction().execute(async (trx) => {
      const claimed = await claimVersion(trx, 'campaign', id, basedOnVersion)
      const now = nowIso()
      await trx
        .updateTable('campaigns')
        .set((eb) => ({ ...toRow(fields), updated_at: now, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .execute()
      await recordVersion(trx, claimed, now)
    })
  } catch (error) {
    duplicateTrackingCode(error, fields)
  }
  return getCampaign(db, id)
}

/** Leads keep existing when their campaign goes; they only lose the link (ON DELETE SET NULL). */
export async function deleteCampaign(db: Db, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('campaigns').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('That campaign')
  return { id }
}
