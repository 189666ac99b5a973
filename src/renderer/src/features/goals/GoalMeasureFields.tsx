import { CHANNEL_LABELS, CHANNELS } from '@shared/domain/enums'
import { GOAL_METRIC_INFO, GOAL_METRICS, type GoalMetric } from '@shared/domain/goals'
import { Field } from '../../ui/Field'
import { EntitySelect } from '../../ui/EntitySelect'
import { useCampaigns, useSegments } from '../campaigns/campaigns.queries'
import { usePipelines } from '../leads/leads.queries'
import { targetUnitHint, type GoalDraft } from './goalDraft'
import { OwnerSelect } from '../settings/OwnerSelect'

export interface DraftProps {
  draft: GoalDraft
  set: (patch: Partial<GoalDraft>) => void
  errors: Partial<Record<string, string>>
}

/** M: the metric, its target and what it counts. */
export function GoalMeasureFields({ draft, set, errors }: DraftProps) {
  const campaigns = useCampaigns()
  const segments = useSegments()
  const pipelines = usePipelines()
  const manual = draft.metric === 'manual'
  const filtered = Boolean(draft.filterCampaignId || draft.filterChannel || draft.filterSegmentId || draft.filterPipelineId || draft.filterOwner)
  const chooseMetric = (metric: GoalMetric | '') => set({ metric, ...(!draft.team && metric && { team: GOAL_METRIC_INFO[metric].team }) })
  return (
    <fieldset className="goal-form__section">
      <legend>Measurable</legend>
      <Field label="Metric" error={errors['metric']} hint={draft.metric ? GOAL_METRIC_INFO[draft.metric].explains : 'Baton computes it from your data'}>
        <select value={draft.metric} onChange={(e) => chooseMetric(e.target.value as GoalMetric | '')}>
          <option value="">Choose a metric…</option>
          {GOAL_METRICS.map((m) => (
            <option key={m} value={m}>
              {GOAL_METRIC_INFO[m].label}
              {GOAL_METRIC_INFO[m].better === 'lower' ? ' (lower is better)' : ''}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Target" error={errors['target']} hint={targetUnitHint(draft.metric)}>
        <input value={draft.target} onChange={(e) => set({ target: e.target.value })} inputMode="decimal" />
      </Field>
      {manual && (
        <>
          <Field label="What you count" error={errors['manualName']} hint="e.g. newsletter subscribers">
            <input value={draft.manualName} onChange={(e) => set({ manualName: e.target.value })} />
          </Field>
          <Field label="Starting reading" error={errors['baseline']} hint="Where it stands at the start (optional)">
            <input value={draft.baseline} onChange={(e) => set({ baseline: e.target.value })} inputMode="decimal" />
          </Field>
        </>
      )}
      {!manual && draft.metric && (
        <details className="goal-form__filters field--wide" open={filtered}>
          <summary>Count only part of the data{filtered ? ' (narrowed)' : ''}</summary>
          <div className="form-grid">
            <Field label="Only campaign">
              <EntitySelect items={campaigns.data} emptyLabel="All campaigns" value={draft.filterCampaignId} onChange={(e) => set({ filterCampaignId: e.target.value })} />
            </Field>
            <Field label="Only channel">
              <select value={draft.filterChannel} onChange={(e) => set({ filterChannel: e.target.value })}>
                <option value="">All channels</option>
                {CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {CHANNEL_LABELS[c]}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Only segment">
              <EntitySelect items={segments.data} emptyLabel="All segments" value={draft.filterSegmentId} onChange={(e) => set({ filterSegmentId: e.target.value })} />
            </Field>
            <Field label="Only pipeline">
              <EntitySelect items={pipelines.data} emptyLabel="All pipelines" value={draft.filterPipelineId} onChange={(e) => set({ filterPipelineId: e.target.value })} />
            </Field>
            <Field label="Only owner">
              <OwnerSelect value={draft.filterOwner} onChange={(e) => set({ filterOwner: e.target.value })} emptyLabel="Anyone" />
            </Field>
          </div>
        </details>
      )}
    </fieldset>
  )
}
