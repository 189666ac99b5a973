import { z } from 'zod'
import { CHANNELS } from '../domain/enums'
import { PERIOD_PRESETS } from '../domain/reportPeriod'
import type { ReportChart, ReportDocument, ReportPeriod, RowLink } from '../domain/report'
import type { ColumnKind } from '../domain/report'
import { call } from './define'
import { Id, IsoDay, NoInput, requiredText } from './fields'

export const REPORT_KINDS = ['campaigns', 'channels', 'funnel', 'activity', 'lost', 'goals', 'customers'] as const
export type ReportKind = (typeof REPORT_KINDS)[number]

export const REPORT_TITLES: Record<ReportKind, string> = {
  campaigns: 'Campaign performance',
  channels: 'Channel comparison',
  funnel: 'Pipeline and funnel',
  activity: 'Sales activity',
  lost: 'Lost reasons and objections',
  goals: 'Goal review',
  customers: 'Customers',
}

export const ReportFilters = z
  .object({
    pipelineId: Id.optional(),
    channel: z.enum(CHANNELS).optional(),
    campaignId: Id.optional(),
    segmentId: Id.optional(),
    owner: z.string().trim().min(1).max(80).optional(),
  })
  .strict()
export type ReportFilters = z.infer<typeof ReportFilters>

export const PeriodChoice = z
  .object({ preset: z.enum(PERIOD_PRESETS), from: IsoDay.optional(), to: IsoDay.optional() })
  .strict()
  .refine((period) => period.preset !== 'custom' || (period.from !== undefined && period.to !== undefined), {
    message: 'Pick the first and the last day of the period',
    path: ['from'],
  })
export type PeriodChoice = z.infer<typeof PeriodChoice>

export const ReportSettings = z.object({ kind: z.enum(REPORT_KINDS), period: PeriodChoice, filters: ReportFilters.default({}) }).strict()
export type ReportSettings = z.infer<typeof ReportSettings>

export type KpiKey =
  | 'newLeads'
  | 'qualifiedLeads'
  | 'wonDeals'
  | 'wonRevenue'
  | 'pipelineValue'
  | 'weightedForecast'
  | 'winRate'
  | 'averageDealSize'
  | 'salesCycleDays'
  | 'spend'
  | 'costPerLead'
  | 'customerAcquisitionCost'
  | 'returnOnInvestment'
  | 'newCustomers'
  | 'customerRetention'

export interface KpiTile {
  key: KpiKey
  label: string
  kind: ColumnKind
  value: number | null
  previous: number | null
  /** Lower is better for costs and cycle days: a fall shows as good news. */
  lowerIsBetter: boolean
  /** Neither direction is good or bad in itself (spend): the change is shown without colour. */
  neutral: boolean
  /** One value per chart bucket of the period. */
  spark: Array<number | null>
  link: RowLink | null
  /** What the figure counts, in a sentence (shown as the tile's description). */
  hint: string
}

export interface GoalsGlance {
  counts: Array<{ status: string; label: string; count: number }>
  nearest: Array<{ id: number; title: string; endsOn: string; status: string; statusLabel: string; percent: number | null }>
}

export interface DashboardData {
  period: ReportPeriod
  previous: ReportPeriod
  currency: string
  locale: string
  /** False for a workspace with no leads and no campaigns yet. */
  hasData: boolean
  tiles: KpiTile[]
  funnel: ReportChart & { conversions: Array<number | null>; links: RowLink[] }
  overTime: ReportChart & { links: RowLink[] }
  byChannel: ReportChart & { links: RowLink[] }
  byCampaign: ReportChart & { links: RowLink[] }
  goals: GoalsGlance | null
}

export interface SavedReport {
  id: number
  name: string
  settings: ReportSettings
  updatedAt: string
}

export interface Branding {
  firmName: string
  currency: string
  locale: string
}

export type ExportJobState = 'running' | 'done' | 'failed' | 'cancelled'

export interface ExportJob {
  id: string
  label: string
  state: ExportJobState
  /** Steps or rows done and expected; total 0 while unknown. */
  done: number
  total: number
  /** What is being written now, or the outcome in a sentence. */
  message: string
  folder: string | null
  files: string[]
}

export const reportsContract = {
  'reports.dashboard': call(z.object({ period: PeriodChoice, filters: ReportFilters.default({}) }).strict()).returns<DashboardData>(),
  'reports.build': call(ReportSettings).returns<ReportDocument>(),
  'reports.saved.list': call(NoInput).returns<SavedReport[]>(),
  'reports.saved.save': call(z.object({ name: requiredText(80, 'Give the report a name'), settings: ReportSettings }).strict()).returns<SavedReport>(),
  'reports.saved.delete': call(z.object({ id: Id }).strict()).returns<{ id: number }>(),
  'reports.branding': call(NoInput).returns<Branding>(),
  'reports.setFirmName': call(z.object({ firmName: z.string().trim().max(120, 'Keep the firm name under 120 characters') }).strict()).returns<Branding>(),
  /** Asks for a folder (opening at the last one used) and starts writing the PDF, XLSX and CSVs there; null when the person cancels the dialog. */
  'reports.exportPack': call(ReportSettings).returns<ExportJob | null>(),
  /** Asks where to save, then writes every table as CSV plus a copy of the data file into one zip. */
  'reports.exportEverything': call(NoInput).returns<ExportJob | null>(),
  'reports.exportJob': call(z.object({ id: z.string().min(1).max(64) }).strict()).returns<ExportJob>(),
  'reports.cancelExport': call(z.object({ id: z.string().min(1).max(64) }).strict()).returns<ExportJob>(),
  'reports.openFolder': call(z.object({ id: z.string().min(1).max(64) }).strict()).returns<{ opened: boolean }>(),
}
