import type { MetricSettings } from '@shared/contract/metrics'
import type { AttributionModel } from '@shared/domain/metrics'
import { nowIso } from '@shared/domain/dates'
import { AppError, notFound } from '@shared/errors'
import type { Db } from '../context'

export async function getMetricSettings(db: Db): Promise<MetricSettings> {
  const settings = await db.selectFrom('settings').select('attribution_model').where('id', '=', 1).executeTakeFirst()
  const pipelines = await db.selectFrom('pipelines').select(['id', 'name', 'qualified_stage_id']).orderBy('position').orderBy('id').execute()
  return {
    attributionModel: (settings?.attribution_model ?? 'first') as AttributionModel,
    qualifiedStages: pipelines.map((p) => ({ pipelineId: p.id, pipelineName: p.name, stageId: p.qualified_stage_id })),
  }
}

export async function setAttributionModel(db: Db, model: AttributionModel): Promise<MetricSettings> {
  await db.updateTable('settings').set({ attribution_model: model, updated_at: nowIso() }).where('id', '=', 1).execute()
  return getMetricSettings(db)
}

/** Sets which stage counts as qualified; it must be an open stage of that pipeline. */
export async function setQualifiedStage(db: Db, pipelineId: number, stageId: number | null): Promise<MetricSettings> {
  const pipeline = await db.selectFrom('pipelines').select('id').where('id', '=', pipelineId).executeTakeFirst()
  if (!pipeline) throw notFound('That pipeline')
  if (stageId !== null) {
    const stage = await db.selectFrom('stages').select(['pipeline_id', 'kind']).where('id', '=', stageId).executeTakeFirst()
    if (!stage || stage.pipeline_id !== pipelineId) throw new AppError('invalid_input', 'Pick a stage of this pipeline.', 'stageId')
    if (stage.kind !== 'open') throw new AppError('invalid_input', 'Pick an open stage: Won and Lost cannot mark a lead as qualified.', 'stageId')
  }
  await db.updateTable('pipelines').set({ qualified_stage_id: stageId }).where('id', '=', pipelineId).execute()
  return getMetricSettings(db)
}
