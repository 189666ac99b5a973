import { z } from 'zod'
import type { Pipeline, Stage } from '../domain/pipelines'
import { call } from './define'
import { Id, requiredText } from './fields'

export const StageName = requiredText(60, 'Give the stage a name')
export const WinProbability = z.int('Use a whole number from 0 to 100').min(0, 'Use 0–100').max(100, 'Use 0–100')
export const StaleDays = z.int('Use a whole number of days').positive('Use at least 1 day, or leave it empty').max(3650, 'Use at most 3650 days').nullable()
export const StageColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #3b82f6')

export const StageInput = z.object({
  pipelineId: Id,
  name: StageName,
  winProbability: WinProbability.default(50),
  staleDays: StaleDays.default(14),
  color: StageColor.default('#64748b'),
})

export const StagePatch = z
  .object({ name: StageName, winProbability: WinProbability, staleDays: StaleDays, color: StageColor })
  .partial()
  .strict()

export const stagesContract = {
  /** A new open stage, placed after the last open one (Won and Lost stay last). */
  'stages.create': call(StageInput).returns<Stage>(),
  'stages.update': call(z.object({ id: Id, fields: StagePatch })).returns<Stage>(),
  /** stageIds: every OPEN stage of the pipeline, in the new order. Returns the pipeline as it now is. */
  'stages.reorder': call(z.object({ pipelineId: Id, stageIds: z.array(Id).min(1).max(100) })).returns<Pipeline>(),
  /** A stage with leads needs somewhere to put them: an open stage of the same pipeline. */
  'stages.delete': call(z.object({ id: Id, moveLeadsToStageId: Id.nullable().default(null) })).returns<{ id: number; movedLeads: number }>(),
}
