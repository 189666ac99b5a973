import { errorMessage } from '../../api/errors'
import { Field } from '../../ui/Field'
import { useToast } from '../../ui/Toast'
import { usePipelines } from '../leads/leads.queries'
import { useMetricSettings, useSetQualifiedStage } from './team.queries'

/** Which stage of each pipeline makes a lead "qualified" for cost per qualified lead and the funnel. */
export function QualifiedStageCard() {
  const pipelines = usePipelines()
  const settings = useMetricSettings()
  const setStage = useSetQualifiedStage()
  const toast = useToast()
  const chosen = new Map(settings.data?.qualifiedStages.map((q) => [q.pipelineId, q.stageId]) ?? [])
  return (
    <section className="card settings-card" aria-labelledby="qualified-title">
      <h2 id="qualified-title">When a lead counts as qualified</h2>
      <p className="muted">A lead is qualified once it reaches this stage or any later one, or is won. Reports and goals count qualified leads this way.</p>
      <div className="settings-grid">
        {pipelines.data?.map((pipeline) => (
          <Field key={pipeline.id} label={pipeline.name}>
            <select
              value={chosen.get(pipeline.id) ?? ''}
              onChange={(e) =>
                setStage.mutate(
                  { pipelineId: pipeline.id, stageId: e.target.value ? Number(e.target.value) : null },
                  { onError: (error) => toast.show(`Couldn’t change the qualified stage: ${errorMessage(error)}`, { tone: 'error' }) },
                )
              }
            >
              <option value="">Only won deals count</option>
              {pipeline.stages
                .filter((s) => s.kind === 'open')
                .map((stage) => (
                  <option key={stage.id} value={stage.id}>
                    {stage.name}
                  </option>
                ))}
            </select>
          </Field>
        ))}
      </div>
    </section>
  )
}
