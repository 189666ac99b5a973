import { useId } from 'react'
import { ATTRIBUTION_LABELS, ATTRIBUTION_MODELS, type AttributionModel } from '@shared/domain/metrics'
import { errorMessage } from '../../api/errors'
import { useToast } from '../../ui/Toast'
import { useSetAttribution } from '../campaigns/campaigns.queries'

const EXPLAIN: Record<AttributionModel, string> = {
  first: 'Each won deal’s value goes to the campaign that first touched the lead.',
  last: 'Each won deal’s value goes to the last campaign that touched the lead before it was won.',
  linear: 'Each won deal’s value is split equally between every campaign that touched the lead.',
}

/** Says which attribution model the revenue and ROI show, and changes it for the whole workspace. */
export function AttributionPicker({ model }: { model: AttributionModel }) {
  const id = useId()
  const save = useSetAttribution()
  const toast = useToast()
  async function change(next: AttributionModel) {
    try {
      await save.mutateAsync(next)
      toast.show(`Revenue and ROI now follow ${ATTRIBUTION_LABELS[next].toLowerCase()} attribution everywhere.`)
    } catch (error) {
      toast.show(`Couldn't change the attribution model: ${errorMessage(error)}`, { tone: 'error' })
    }
  }
  return (
    <div className="attribution">
      <label htmlFor={id}>Revenue and ROI by</label>
      <select id={id} value={model} disabled={save.isPending} onChange={(e) => void change(e.target.value as AttributionModel)} aria-describedby={`${id}-explain`}>
        {ATTRIBUTION_MODELS.map((m) => (
          <option key={m} value={m}>
            {ATTRIBUTION_LABELS[m]} attribution
          </option>
        ))}
      </select>
      <span id={`${id}-explain`} className="muted attribution__explain">
        {EXPLAIN[model]}
      </span>
    </div>
  )
}
