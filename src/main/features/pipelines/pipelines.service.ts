import { nowIso } from '@shared/domain/dates'
import { DEFAULT_PIPELINE_STAGES, type Pipeline } from '@shared/domain/pipelines'
import { AppError, notFound } from '@shared/errors'
import { isUniqueViolation } from '../../db/dialect/errors'
import type { Db } from '../context'
import { toStage } from './pipelines.repo'
import { countOf, formOf, IT_OBJECT, LEAD } from '@shared/domain/plural'

export async function getPipeline(db: Db, id: number): Promise<Pipeline> {
  const pipeline = await db.selectFrom('pipelines').select(['id', 'name', 'position']).where('id', '=', id).executeTakeFirst()
  if (!pipeline) throw notFound('That pipeline')
  const stages = await db.selectFrom('stages').selectAll().where('pipeline_id', '=', id).orderBy('position').orderBy('id').execute()
  return { ...pipeline, stages: stages.map(toStage) }
}

function nameTaken(error: unknown, name: string): never {
  if (isUniqueViolation(error)) throw new AppError('conflict', `There is already a pipeline called “${name}”.`, 'name')
  throw error
}

/** A new pipeline, last in the switcher, with the default stages (so it has its one Won and one Lost). */
export async function createPipeline(db: Db, name: string): Promise<Pipeline> {
  const now = nowIso()
  try {
    const id = await db.transaction().execute(async (trx) => {
      const last = await trx.selectFrom('pipelines').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst()
      const { id } = await trx
        .insertInto('pipelines')
        .values({ name, position: (last?.p ?? -1) + 1, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow()
      await trx
        .insertInto('stages')
        .values(
          DEFAULT_PIPELINE_STAGES.map((stage, position) => ({
            pipeline_id: id,
            name: stage.name,
            position,
            kind: stage.kind,
            win_probability: stage.winProbability,
            stale_days: stage.staleDays,
            color: stage.color,
            created_at: now,
          })),
        )
        .execute()
      // The default stages include Qualified: metrics count a lead as qualified from there on.
      await trx
        .updateTable('pipelines')
        .set((eb) => ({
          qualified_stage_id: eb.selectFrom('stages').select('id').where('pipeline_id', '=', id).where('name', '=', 'Qualified').where('kind', '=', 'open').limit(1),
        }))
        .where('id', '=', id)
        .execute()
      return id
    })
    return getPipeline(db, id)
  } catch (error) {
    nameTaken(error, name)
  }
}

export async function renamePipeline(db: Db, id: number, name: string): Promise<Pipeline> {
  try {
    const result = await db.updateTable('pipelines').set({ name }).where('id', '=', id).executeTakeFirst()
    if (result.numUpdatedRows === 0n) throw notFound('That pipeline')
  } catch (error) {
    nameTaken(error, name)
  }
  return getPipeline(db, id)
}

/** Only an empty pipeline can be deleted, and never the last one: leads always have a pipeline to live in. */
export async function deletePipeline(db: Db, id: number): Promise<{ id: number }> {
  const pipeline = await getPipeline(db, id)
  return db.transaction().execute(async (trx) => {
    const counts = await trx
      .selectNoFrom((eb) => [
        eb.selectFrom('pipelines').select(eb.fn.countAll<number>().as('n')).as('pipelines'),
        eb.selectFrom('leads').select(eb.fn.countAll<number>().as('n')).where('pipeline_id', '=', id).as('leads'),
      ])
      .executeTakeFirstOrThrow()
    if (Number(counts.pipelines) <= 1) {
      throw new AppError('rule', `${pipeline.name} is the only pipeline, so it can't be deleted. Create another one first.`)
    }
    const leads = Number(counts.leads)
    if (leads > 0) {
      throw new AppError(
        'rule',
        `${pipeline.name} still has ${countOf(leads, LEAD)}. Move or delete ${formOf(leads, IT_OBJECT)} first, then delete the pipeline.`,
      )
    }
    await trx.deleteFrom('pipelines').where('id', '=', id).execute()
    return { id }
  })
}
