import { ATTRIBUTION_LABELS } from '@shared/domain/metrics'
import { hrefFor } from '../../app/router'
import { useMetricSettings } from '../campaigns/campaigns.queries'

/** Says which attribution model the revenue on screen follows, with a way to change it. */
export function AttributionNote() {
  const settings = useMetricSettings()
  if (!settings.data) return null
  return (
    <span className="muted">
      Revenue by <strong>{ATTRIBUTION_LABELS[settings.data.attributionModel].toLowerCase()}</strong> attribution · <a href={hrefFor('/campaigns')}>change on the campaign list</a>
    </span>
  )
}
