import { CAMPAIGN_IMPORT_FIELD_LABELS, type CampaignImportField } from '@shared/domain/imports'
import type { CampaignStatus, Channel } from '@shared/domain/enums'
import { matchKey } from './valueMap'
import { cellReader, type CellProblem, type RowRules } from './rows'
import { amountCellReason, parseAmountMinor, parseDay } from './values'

// One row of a campaigns file read into a campaign draft, or the reasons it cannot be one.
// Channels and statuses come in other tools' words; they are mapped to Baton's.

export interface CampaignDraft {
  name: string
  /** null when the file has no channel for it (a new campaign then gets "other", an update keeps its own). */
  channel: Channel | null
  status: CampaignStatus | null
  budgetMinor: number | null
  startsOn: string | null
  endsOn: string | null
  objective: string | null
  notes: string | null
}

const LIMITS: Partial<Record<CampaignImportField, number>> = { campaignName: 200, objective: 500, notes: 10_000 }

// Keys are matchKey()s: lower case, letters and digits only.
const CHANNEL_WORDS: Record<Channel, string[]> = {
  video: ['video', 'youtube', 'youtubeads', 'tiktok', 'vimeo', 'videoads', 'webinarrecording'],
  social_ads: ['socialads', 'social', 'paidsocial', 'socialmedia', 'facebook', 'facebookads', 'meta', 'metaads', 'instagram', 'instagramads', 'linkedin', 'linkedinads', 'twitter', 'twitterads', 'xads', 'pinterestads', 'redditads'],
  content: ['content', 'blog', 'blogpost', 'article', 'articles', 'whitepaper', 'ebook', 'casestudy', 'guide', 'podcast', 'contentmarketing'],
  email: ['email', 'emailoutreach', 'emailmarketing', 'newsletter', 'mailchimp', 'coldemail', 'outreach', 'drip', 'marketingemail', 'emails'],
  seo: ['seo', 'organic', 'organicsearch', 'searchengineoptimization', 'searchengineoptimisation'],
  sem: ['sem', 'ppc', 'paidsearch', 'googleads', 'adwords', 'googleadwords', 'bingads', 'microsoftads', 'cpc', 'searchads'],
  event: ['event', 'events', 'webinar', 'webinars', 'tradeshow', 'tradefair', 'conference', 'meetup', 'expo', 'workshop', 'fair'],
  referral: ['referral', 'referrals', 'partner', 'partners', 'wordofmouth', 'affiliate', 'affiliates'],
  other: ['other'],
}
const CHANNELS_BY_WORD = new Map<string, Channel>(Object.entries(CHANNEL_WORDS).flatMap(([channel, words]) => words.map((word) => [word, channel as Channel] as const)))

/** Baton's channel for another tool's word: "Facebook Ads" is social ads, "AdWords" is SEM; anything else is "other". */
export function channelOf(text: string): Channel {
  return CHANNELS_BY_WORD.get(matchKey(text)) ?? 'other'
}

const STATUS_WORDS: Record<CampaignStatus, string[]> = {
  planned: ['planned', 'planning', 'draft', 'scheduled', 'notstarted', 'upcoming', 'new'],
  active: ['active', 'live', 'running', 'inprogress', 'ongoing', 'started', 'open'],
  paused: ['paused', 'onhold', 'hold', 'stopped', 'inactive'],
  completed: ['completed', 'complete', 'done', 'ended', 'finished', 'closed', 'archived', 'over'],
}
const STATUSES_BY_WORD = new Map<string, CampaignStatus>(
  Object.entries(STATUS_WORDS).flatMap(([status, words]) => words.map((word) => [word, status as CampaignStatus] as const)),
)

export function statusOf(text: string): CampaignStatus | null {
  return STATUSES_BY_WORD.get(matchKey(text)) ?? null
}

export function readCampaignRow(
  cells: readonly string[],
  columns: Partial<Record<CampaignImportField, number>>,
  headers: readonly string[],
  rules: RowRules,
): { draft: CampaignDraft | null; problems: CellProblem[] } {
  const problems: CellProblem[] = []
  const { header, text } = cellReader(cells, columns, headers, CAMPAIGN_IMPORT_FIELD_LABELS, LIMITS, problems)

  const name = text('campaignName')
  if (!name && !problems.length) problems.push({ column: header('campaignName'), reason: 'The campaign’s name is missing' })

  const channelText = text('channel')
  const statusText = text('status')
  const status = statusText === null ? null : statusOf(statusText)
  if (statusText !== null && status === null) problems.push({ column: header('status'), reason: `“${statusText}” is not a status Baton knows (planned, active, paused or completed)` })

  let budgetMinor: number | null = null
  const budget = text('budget')
  if (budget !== null) {
    budgetMinor = parseAmountMinor(budget, rules.decimalMark)
    if (budgetMinor === null) problems.push({ column: header('budget'), reason: amountCellReason(budget, rules.decimalMark) })
  }

  const day = (field: 'startsOn' | 'endsOn') => {
    const raw = text(field)
    if (raw === null) return null
    const parsed = parseDay(raw, rules.dayOrder)
    if (parsed === null) problems.push({ column: header(field), reason: `“${raw}” is not a date` })
    return parsed
  }
  const startsOn = day('startsOn')
  const endsOn = day('endsOn')
  if (startsOn && endsOn && endsOn < startsOn) problems.push({ column: header('endsOn'), reason: `The end date ${endsOn} is before the start date ${startsOn}` })

  const objective = text('objective')
  const notes = text('notes')
  if (problems.length > 0 || !name) return { draft: null, problems }
  return {
    draft: { name, channel: channelText === null ? null : channelOf(channelText), status, budgetMinor, startsOn, endsOn, objective, notes },
    problems,
  }
}
