import { sql } from 'kysely'
import { CAMPAIGN_PAGE_LEADS, type CampaignLeads, type SalesFeedback, type SalesNote } from '@shared/domain/campaignPage'
import type { StageKind } from '@shared/domain/enums'
import type { Db } from '../context'
import { dealNameOfRow, leadNameSelections } from '../leads/leads.repo'

const TOP = 8
const LATEST = 8

/** The campaign's own leads (it is their source), newest first. */
export async function campaignLeads(db: Db, campaignId: number): Promise<CampaignLeads> {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('leads as l')
      .innerJoin('stages as s', 's.id', 'l.stage_id')
      .select(leadNameSelections('l'))
      .select(['l.id', 's.name as stage_name', 's.kind as stage_kind', 's.color as stage_color', 'l.value_minor', 'l.owner', 'l.created_at', 'l.closed_at'])
      .where('l.source_campaign_id', '=', campaignId)
      .orderBy('l.created_at', 'desc')
      .orderBy('l.id', 'desc')
      .limit(CAMPAIGN_PAGE_LEADS)
      .execute(),
    db.selectFrom('leads').select(sql<number>`count(*)`.as('n')).where('source_campaign_id', '=', campaignId).executeTakeFirstOrThrow(),
  ])
  return {
    total: count.n,
    rows: rows.map((r) => ({
      id: r.id,
      dealName: dealNameOfRow(r),
      company: r.company,
      stageName: r.stage_name,
      stageKind: r.stage_kind as StageKind,
      stageColor: r.stage_color,
      valueMinor: r.value_minor,
      owner: r.owner,
      createdAt: r.created_at,
      closedAt: r.closed_at,
    })),
  }
}

/**
 * The loop from sales back to marketing: the feedback sales logged against this campaign
 * and the reasons its leads were lost, counted and with the latest entries.
 */
export async function salesFeedback(db: Db, campaignId: number): Promise<SalesFeedback> {
  const [kinds, top, lostReasons, latestFeedback, latestLost] = await Promise.all([
    db.selectFrom('feedback').select(['kind', sql<number>`count(*)`.as('n')]).where('campaign_id', '=', campaignId).groupBy('kind').execute(),
    db
      .selectFrom('feedback')
      .select(['kind', sql<string>`min(text)`.as('text'), sql<number>`count(*)`.as('n')])
      .where('campaign_id', '=', campaignId)
      .groupBy(['kind', sql`lower(trim(text))`])
      .orderBy('n', 'desc')
      .orderBy('text')
      .limit(TOP)
      .execute(),
    db
      .selectFrom('leads')
      .select(['lost_reason', sql<number>`count(*)`.as('n')])
      .where('source_campaign_id', '=', campaignId)
      .where('lost_reason', 'is not', null)
      .groupBy('lost_reason')
      .orderBy('n', 'desc')
      .orderBy('lost_reason')
      .execute(),
    db
      .selectFrom('feedback as f')
      .innerJoin('leads as l', 'l.id', 'f.lead_id')
      .select(leadNameSelections('l'))
      .select(['f.kind', 'f.text', 'f.lead_id', 'f.created_at as at'])
      .where('f.campaign_id', '=', campaignId)
      .orderBy('f.created_at', 'desc')
      .orderBy('f.id', 'desc')
      .limit(LATEST)
      .execute(),
    db
      .selectFrom('leads as l')
      .select(leadNameSelections('l'))
      .select(['l.lost_reason', 'l.lost_note', 'l.id', 'l.closed_at'])
      .where('l.source_campaign_id', '=', campaignId)
      .where('l.lost_reason', 'is not', null)
      .orderBy('l.closed_at', 'desc')
      .orderBy('l.id', 'desc')
      .limit(LATEST)
      .execute(),
  ])
  const kindCount = (kind: string) => kinds.find((k) => k.kind === kind)?.n ?? 0
  const notes: SalesNote[] = [
    ...latestFeedback.map((f) => ({ kind: f.kind as SalesNote['kind'], text: f.text, leadId: f.lead_id, dealName: dealNameOfRow(f), company: f.company, at: f.at })),
    ...latestLost.map((l) => ({
      kind: 'lost' as const,
      text: l.lost_note ? `${l.lost_reason ?? ''}: ${l.lost_note}` : (l.lost_reason ?? ''),
      leadId: l.id,
      dealName: dealNameOfRow(l),
      company: l.company,
      at: l.closed_at ?? '',
    })),
  ]
  return {
    kindCounts: {
      objection: kindCount('objection'),
      preference: kindCount('preference'),
      other: kindCount('other'),
      lost: lostReasons.reduce((sum, r) => sum + r.n, 0),
    },
    topFeedback: top.map((t) => ({ kind: t.kind as 'objection' | 'preference' | 'other', text: t.text, count: t.n })),
    lostReasons: lostReasons.map((r) => ({ reason: r.lost_reason ?? '', count: r.n })),
    latest: notes.sort((a, b) => b.at.localeCompare(a.at) || b.leadId - a.leadId).slice(0, LATEST),
  }
}
