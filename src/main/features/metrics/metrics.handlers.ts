import type { metricsContract } from '@shared/contract/metrics'
import type { HandlersFor } from '../context'
import { metricInputs, metricInputsBy } from './metrics.repo'
import { getMetricSettings, setAttributionModel, setQualifiedStage } from './metrics.settings'

export const metricsHandlers: HandlersFor<typeof metricsContract> = {
  'metrics.total': ({ db }, { filter, model }) => metricInputs(db, filter, { model }),
  'metrics.by': ({ db }, { grouping, filter, model }) => metricInputsBy(db, grouping, filter, { model }),
  'metrics.settings': ({ db }) => getMetricSettings(db),
  'metrics.setAttribution': ({ db }, { model }) => setAttributionModel(db, model),
  'metrics.setQualifiedStage': ({ db }, { pipelineId, stageId }) => setQualifiedStage(db, pipelineId, stageId),
}
