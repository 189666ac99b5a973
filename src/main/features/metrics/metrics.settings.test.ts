import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { createPipeline } from '../pipelines/pipelines.service'
import { getMetricSettings, setAttributionModel, setQualifiedStage } from './metrics.settings'

describe('metric settings', () => {
  const database = useTestDatabase()
  const db = () => database().db

  it('starts with first touch and the Qualified stage of the default pipeline', async () => {
    const settings = await getMetricSettings(db())
    expect(settings.attributionModel).toBe('first')
    expect(settings.qualifiedStages).toEqual([{ pipelineId: 1, pipelineName: 'Sales', stageId: 3 }])
  })

  it('gives a new pipeline its own Qualified stage', async () => {
    const pipeline = await createPipeline(db(), 'Partners')
    const qualified = pipeline.stages.find((s) => s.name === 'Qualified')
    expect((await getMetricSettings(db())).qualifiedStages[1]).toEqual({ pipelineId: pipeline.id, pipelineName: 'Partners', stageId: qualified?.id })
  })

  it('saves the attribution model', async () => {
    expect((await setAttributionModel(db(), 'linear')).attributionModel).toBe('linear')
    expect((await getMetricSettings(db())).attributionModel).toBe('linear')
  })

  it('sets or clears the qualified stage, refusing Won, Lost and other pipelines’ stages', async () => {
    expect((await setQualifiedStage(db(), 1, 4)).qualifiedStages[0]?.stageId).toBe(4)
    expect((await setQualifiedStage(db(), 1, null)).qualifiedStages[0]?.stageId).toBeNull()
    await expect(setQualifiedStage(db(), 1, 6)).rejects.toThrow(/open stage/)
    const other = await createPipeline(db(), 'Partners')
    const error = await setQualifiedStage(db(), 1, other.stages[0]?.id ?? 0).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).field).toBe('stageId')
    await expect(setQualifiedStage(db(), 99, null)).rejects.toThrow(/no longer exists/)
  })
})
