import { sql } from 'kysely'
import type { z } from 'zod'
import type { StageInput, StagePatch } from '@shared/contract/stages'
import { nowIso } from '@shared/domain/dates'
import type { Pipeline, Stage } from '@shared/domain/pipelines'
import { AppError, notFound } from '@shared/errors'
import type { Db, Trx } from '../context'
import { findStage, toStage } from '../pipelines/pipelines.repo'
import { getPipeline } from '../pipelines/pipelines.service'
import { appendLeadsToStage } from './stages.moves'
import { recordBulkChange } from '../versions/record-versions'
import { countOf, formOf, IT_OBJECT, LEAD } from '@shared/domain/plural'


async function stagesOf(db: Db, pipelineId: number): Promise<Stage[]> {
  const rows = await db.selectFrom('stages').selectAll().where('pipeline_id', '=', pipelineId).orderBy('position').orderBy('id').execute()
  return rows.map(toStage)
}

async function getStage(db: Db, id: number): Promise<Stage> {
  const stage = await findStage(db, id)
  if (!stage) throw notFound('That stage')
  return stage
}

function assertNameFree(stages: Stage[], name: string, exceptId: number | null): void {
  const taken = stages.find((s) => s.id !== exceptId && s.name.toLowerCase() === name.toLowerCase())
  if (taken) throw new AppError('conflict', `This pipeline already has a stage called “${taken.name}”.`, 'name')
}

/** Open stages take positions 0…n-1 in the given order; Won and Lost always come after them. */
async function writeStageOrder(trx: Trx, stages: Stage[], openIds: number[]): Promise<void> {
  const won = stages.filter((s) => s.kind === 'won').map((s) => s.id)
  const lost = stages.filter((s) => s.kind === 'lost').map((s) => s.id)
  for (const [position, id] of [...openIds, ...won, ...lost].entries()) {
    await trx.updateTable('stages').set({ position }).where('id', '=', id).execute()
  }
}

const openIdsOf = (stages: Stage[]) => stages.filter((s) => s.kind === 'open').map((s) => s.id)

/** A new open stage goes after the last open one, before Won and Lost. */
export async function createStage(db: Db, input: z.output<typeof StageInput>): Promise<Stage> {
  const stages = await stagesOf(db, input.pipelineId)
  if (stages.length === 0) throw notFound('That pipeline')
  assertNameFree(stages, input.name, null)
  const id = await db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('stages')
      .values({
        pipeline_id: input.pipelineId,
        name: input.name,
        position: stages.length,
        kind: 'open',
        win_probability: input.winProbability,
        stale_days: input.staleDays,
        color: input.color,
        created_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await writeStageOrder(trx, stages, [...openIdsOf(stages), id])
    return id
  })
  return getStage(db, id)
}

export async function updateStage(db: Db, id: number, fields: z.output<typeof StagePatch>): Promise<Stage> {
  const stage = await getStage(db, id)
  if (fields.name !== undefined) assertNameFree(await stagesOf(db, stage.pipelineId), fields.name, id)
  const fixed = stage.kind === 'won' ? 100 : stage.kind === 'lost' ? 0 : null
  if (fixed !== null && fields.winProbability !== undefined && fields.winProbability !== fixed) {
    throw new AppError('rule', `${stage.name} always counts as ${fixed}%: its leads are already ${stage.kind}.`, 'winProbability')
  }
  await db
    .updateTable('stages')
    .set({
      ...(fields.name !== undefined && { name: fields.name }),
      ...(fields.winProbability !== undefined && { win_probability: fields.winProbability }),
      ...(fields.staleDays !== undefined && { stale_days: fields.staleDays }),
      ...(fields.color !== undefined && { color: fields.color }),
    })
    .where('id', '=', id)
    .execute()
  return getStage(db, id)
}

/** `stageIds` must be exactly the pipeline's open stages, each once; Won and Lost stay last. */
export async function reorderStages(db: Db, pipelineId: number, stageIds: number[]): Promise<Pipeline> {
  const stages = await stagesOf(db, pipelineId)
  if (stages.length === 0) throw notFound('That pipeline')
  const open = new Set(openIdsOf(stages))
  const given = new Set(stageIds)
  if (given.size !== stageIds.length || given.size !== open.size || stageIds.some((id) => !open.has(id))) {
    throw new AppError(
      'rule',
      'The stages changed while you were reordering them (or Won/Lost were moved, which always stay last). Reload and try again.',
      'stageIds',
    )
  }
  await db.transaction().execute((trx) => writeStageOrder(trx, stages, stageIds))
  return getPipeline(db, pipelineId)
}

/**
 * Deletes an open stage. Its leads first move to `moveLeadsToStageId` (an open stage
 * of the same pipeline), appended in their order with stage history — all in one
 * transaction, so no lead is ever left without a stage.
 */
export async function deleteStage(db: Db, id: number, moveLeadsToStageId: number | null): Promise<{ id: number; movedLeads: number }> {
  const stage = await getStage(db, id)
  if (stage.kind !== 'open') {
    const kind = stage.kind === 'won' ? 'Won' : 'Lost'
    throw new AppError('rule', `${stage.name} can't be deleted: every pipeline keeps exactly one ${kind} stage. You can rename it instead.`)
  }
  return db.transaction().execute(async (trx) => {
    const stages = await stagesOf(trx, stage.pipelineId)
    const openIds = openIdsOf(stages)
    if (openIds.length <= 1) {
      throw new AppError('rule', `${stage.name} is the only open stage of this pipeline, so it can't be deleted. Add another stage first.`)
    }
    const count = await trx.selectFrom('leads').select((eb) => eb.fn.countAll<number>().as('n')).where('stage_id', '=', id).executeTakeFirstOrThrow()
    const leads = Number(count.n)
    let movedLeads = 0
    if (leads > 0) {
      const target = moveLeadsToStageId === null ? undefined : stages.find((s) => s.id === moveLeadsToStageId)
      if (!target || target.id === id) {
        throw new AppError(
          'rule',
          `${stage.name} still has ${countOf(leads, LEAD)}. Pick another stage of this pipeline to move ${formOf(leads, IT_OBJECT)} to, then delete it.`,
          'moveLeadsToStageId',
        )
      }
      if (target.kind !== 'open') {
        throw new AppError(
          'rule',
          `Pick an open stage for the ${countOf(leads, LEAD)} in ${stage.name}: leads go to ${target.name} one at a time, from the board.`,
          'moveLeadsToStageId',
        )
      }
      const at = nowIso()
      const summary = `deleted the stage ${stage.name} and moved its ${countOf(leads, LEAD)} to ${target.name}`
      await recordBulkChange(trx, 'lead', sql<boolean>`m.stage_id = ${id}`, { summary, fields: ['stage_id'], at }, true)
      movedLeads = await appendLeadsToStage(trx, target, sql<boolean>`m.stage_id = ${id}`, at)
    }
    await trx.deleteFrom('stages').where('id', '=', id).execute()
    await writeStageOrder(
      trx,
      stages.filter((s) => s.id !== id),
      openIds.filter((openId) => openId !== id),
    )
    return { id, movedLeads }
  })
}
