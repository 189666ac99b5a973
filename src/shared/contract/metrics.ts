import { z } from 'zod'
import { CHANNELS } from '../domain/enums'
import { ATTRIBUTION_MODELS, METRIC_GROUPINGS, type AttributionModel, type MetricInputs, type MetricRow } from '../domain/metrics'
import { call } from './define'
import { Id, IsoDay } from './fields'

/** A period and filter for any figure; goals, the dashboard and reports pass the same shape. */
export const MetricFilterInput = z
  .object({
    from: IsoDay.nullable().optional(),
    to: IsoDay.nullable().optional(),
    channels: z.array(z.enum(CHANNELS)).max(20).optional(),
    segmentIds: z.array(Id).max(500).optional(),
    owners: z.array(z.string().trim().min(1).max(120)).max(200).optional(),
    campaignIds: z.array(Id).max(2000).optional(),
    pipelineIds: z.array(Id).max(100).optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.to >= f.from, { path: ['to'], message: 'The period ends before it starts' })

export interface MetricSettings {
  attributionModel: AttributionModel
  /** The qualified stage of each pipeline (null: only won deals count as qualified). */
  qualifiedStages: Array<{ pipelineId: number; pipelineName: string; stageId: number | null }>
}

export const metricsContract = {
  /** One total of every metric input for the period and filter. */
  'metrics.total': call(z.object({ filter: MetricFilterInput, model: z.enum(ATTRIBUTION_MODELS).optional() }).strict()).returns<MetricInputs>(),
  /** Metric inputs per campaign, channel, segment, owner or day/week/month bucket. */
  'metrics.by': call(
    z.object({ grouping: z.enum(METRIC_GROUPINGS), filter: MetricFilterInput, model: z.enum(ATTRIBUTION_MODELS).optional() }).strict(),
  ).returns<MetricRow[]>(),
  'metrics.settings': call(z.object({}).strict()).returns<MetricSettings>(),
  'metrics.setAttribution': call(z.object({ model: z.enum(ATTRIBUTION_MODELS) }).strict()).returns<MetricSettings>(),
  'metrics.setQualifiedStage': call(z.object({ pipelineId: Id, stageId: Id.nullable() }).strict()).returns<MetricSettings>(),
}
