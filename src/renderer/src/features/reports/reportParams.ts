import { REPORT_KINDS, type PeriodChoice, type ReportFilters, type ReportKind, type ReportSettings } from '@shared/contract/reports'
import { CHANNELS, type Channel } from '@shared/domain/enums'
import { PERIOD_PRESETS, type PeriodPreset } from '@shared/domain/reportPeriod'

// A dashboard's or report's settings live in the address (`#/reports?kind=funnel&preset=last_quarter&channel=email`),
// so a reload, a saved report and the print view all show the same thing.

const DAY = /^\d{4}-\d{2}-\d{2}$/
const id = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : undefined)

export function periodFromParams(params: URLSearchParams, fallback: PeriodPreset = 'this_quarter'): PeriodChoice {
  const preset = params.get('preset')
  const from = params.get('from')
  const to = params.get('to')
  if (preset === 'custom' && from && to && DAY.test(from) && DAY.test(to)) return { preset: 'custom', from, to }
  return { preset: PERIOD_PRESETS.includes(preset as PeriodPreset) && preset !== 'custom' ? (preset as PeriodPreset) : fallback }
}

export function filtersFromParams(params: URLSearchParams): ReportFilters {
  const channel = params.get('channel')
  const owner = params.get('owner')?.trim()
  const filters: ReportFilters = {
    pipelineId: id(params.get('pipelineId')),
    channel: CHANNELS.includes(channel as Channel) ? (channel as Channel) : undefined,
    campaignId: id(params.get('campaignId')),
    segmentId: id(params.get('segmentId')),
    owner: owner || undefined,
  }
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined))
}

export function kindFromParams(params: URLSearchParams): ReportKind {
  const kind = params.get('kind')
  return REPORT_KINDS.includes(kind as ReportKind) ? (kind as ReportKind) : 'campaigns'
}

export function settingsFromParams(params: URLSearchParams): ReportSettings {
  return { kind: kindFromParams(params), period: periodFromParams(params), filters: filtersFromParams(params) }
}

/** Address parameters for settings; undefined clears a parameter. */
export function settingsToParams(settings: Partial<ReportSettings>): Record<string, string | undefined> {
  const params: Record<string, string | undefined> = {}
  if (settings.kind) params['kind'] = settings.kind
  if (settings.period) {
    params['preset'] = settings.period.preset
    params['from'] = settings.period.preset === 'custom' ? settings.period.from : undefined
    params['to'] = settings.period.preset === 'custom' ? settings.period.to : undefined
  }
  if (settings.filters) {
    const f = settings.filters
    params['pipelineId'] = f.pipelineId ? String(f.pipelineId) : undefined
    params['channel'] = f.channel
    params['campaignId'] = f.campaignId ? String(f.campaignId) : undefined
    params['segmentId'] = f.segmentId ? String(f.segmentId) : undefined
    params['owner'] = f.owner
  }
  return params
}
