import type { PeriodChoice, ReportFilters } from '@shared/contract/reports'
import { CHANNEL_LABELS } from '@shared/domain/enums'
import type { MetricFilter } from '@shared/domain/metrics'
import type { ReportFilterLine, ReportPeriod } from '@shared/domain/report'
import { describeRange, previousPeriod, resolvePeriod, type DayRange } from '@shared/domain/reportPeriod'
import { readFirmCalendar, type FirmCalendar } from '../../db/calendar'
import type { Db } from '../context'

export interface ReportScope {
  range: DayRange
  period: ReportPeriod
  previous: ReportPeriod
  filter: MetricFilter
  previousFilter: MetricFilter
  /** The filters in words, for report headers. */
  filterLines: ReportFilterLine[]
  /** The pipeline the funnel is drawn for: the chosen one, else the first. */
  pipelineId: number
  weekStart: number
  /** The firm's calendar day the scope was resolved on. */
  today: string
  calendar: FirmCalendar
}

const asPeriod = (range: DayRange): ReportPeriod => ({ ...range, label: describeRange(range) })

/** Turns the period choice and filters of a dashboard or report, asked for at `now`, into what the metric queries take. */
export async function resolveScope(db: Db, choice: PeriodChoice, filters: ReportFilters, now: string): Promise<ReportScope> {
  const calendar = await readFirmCalendar(db)
  const weekStart = calendar.weekStart
  const today = calendar.today(now)
  const custom = choice.from && choice.to ? { from: choice.from, to: choice.to } : undefined
  const range = resolvePeriod(choice.preset, today, weekStart, custom)
  const before = previousPeriod(range, choice.preset)
  const base: MetricFilter = {
    channels: filters.channel ? [filters.channel] : undefined,
    campaignIds: filters.campaignId ? [filters.campaignId] : undefined,
    segmentIds: filters.segmentId ? [filters.segmentId] : undefined,
    owners: filters.owner ? [filters.owner] : undefined,
    pipelineIds: filters.pipelineId ? [filters.pipelineId] : undefined,
  }
  const pipelines = await db.selectFrom('pipelines').select(['id', 'name']).orderBy('position').orderBy('id').execute()
  const lines: ReportFilterLine[] = []
  const pipeline = pipelines.find((p) => p.id === filters.pipelineId)
  if (filters.pipelineId) lines.push({ label: 'Pipeline', value: pipeline?.name ?? 'A deleted pipeline' })
  if (filters.channel) lines.push({ label: 'Channel', value: CHANNEL_LABELS[filters.channel] })
  if (filters.campaignId) {
    const campaign = await db.selectFrom('campaigns').select('name').where('id', '=', filters.campaignId).executeTakeFirst()
    lines.push({ label: 'Campaign', value: campaign?.name ?? 'A deleted campaign' })
  }
  if (filters.segmentId) {
    const segment = await db.selectFrom('segments').select('name').where('id', '=', filters.segmentId).executeTakeFirst()
    lines.push({ label: 'Segment', value: segment?.name ?? 'A deleted segment' })
  }
  if (filters.owner) lines.push({ label: 'Owner', value: filters.owner })
  return {
    range,
    period: asPeriod(range),
    previous: asPeriod(before),
    filter: { ...base, from: range.from, to: range.to },
    previousFilter: { ...base, from: before.from, to: before.to },
    filterLines: lines,
    pipelineId: pipeline?.id ?? pipelines[0]?.id ?? 0,
    weekStart,
    today,
    calendar,
  }
}

/** The end of a period of firm days as an instant (its last millisecond), or now when the period is not over yet. */
export function endInstant(calendar: FirmCalendar, range: DayRange, now: string): string {
  const end = new Date(Date.parse(calendar.instants({ to: range.to }).until as string) - 1).toISOString()
  return end < now ? end : now
}
