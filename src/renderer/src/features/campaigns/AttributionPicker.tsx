import { ATTRIBUTION_LABELS, ATTRIBUTION_MODELS, type AttributionModel } from '@shared/domain/metrics'
import { errorMessage } from '../../api/errors'
import { useMetricSettings, useSetAttribution } from './campaigns.queries'

/** Which attribution model revenue and ROI follow; the list says it, and changing it here changes it everywhere. */
export function AttributionPicker() {
  const settings = useMetricSettings()
  const save = useSetAttribution()
  if (!settings.data) return null
  return (
    <label className="campaign-attribution">
      Revenue by
      <select aria-label="Attribution model" value={settings.data.attributionModel} disabled={save.isPending} onChange={(e) => save.mutate(e.target.value as AttributionModel)}>
        {ATTRIBUTION_MODELS.map((model) => (
          <option key={model} value={model}>
            {ATTRIBUTION_LABELS[model]}
          </option>
        ))}
      </select>
      {save.error && <span role="alert">Couldn't change the model: {errorMessage(save.error)}</span>}
    </label>
  )
}
