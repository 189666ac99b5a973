import type { Pipeline, Stage } from '@shared/domain/pipelines'
import type { StageKind } from '@shared/domain/enums'
import type { StageRow } from '../../db/schema'
import type { Db } from '../context'

export function toStage(row: StageRow): Stage {
  return {
    id: row.id,
    pipelineId: row.pipeline_id,
    name: row.name,
    position: row.position,
    kind: row.kind as StageKind,
    winProbability: row.win_probability,
    staleDays: row.stale_days,
    color: row.color,
  }
}

export async function listPipelines(db: Db): Promise<Pipeline[]> {
  const [pipelines, stages] = await Promise.all([
    db.selectFrom('pipelines').select(['id', 'name', 'position']).orderBy('position').orderBy('id').execute(),
    db.selectFrom('stages').selectAll().orderBy('position').orderBy('id').execute(),
  ])
  return pipelines.map((p) => ({ ...p, stages: stages.filter((s) => s.pipeline_id === p.id).map(toStage) }))
}

export async function findStage(db: Db, id: number): Promise<Stage | undefined> {
  const row = await db.selectFrom('stages').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toStage(row)
}

export async function firstPipelineId(db: Db): Promise<number | undefined> {
  const row = await db.selectFrom('pipelines').select('id').orderBy('position').orderBy('id').executeTakeFirst()
  return row?.id
}

export async function firstOpenStage(db: Db, pipelineId: number): Promise<Stage | undefined> {
  const row = await db
    .selectFrom('stages')
    .selectAll()
    .where('pipeline_id', '=', pipelineId)
    .where('kind', '=', 'open')
    .orderBy('position')
    .executeTakeFirst()
  return row && toStage(row)
}
