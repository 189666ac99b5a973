import { describe, expect, it } from 'vitest'
import { FeedbackInput } from '@shared/contract/feedback'
import { LeadMove } from '@shared/contract/leads'
import { makeCampaign, makeLead } from '../../../../test/fixtures/builders'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import type { Db } from '../context'
import { createFeedback } from '../feedback/feedback.service'
import { moveLead } from '../leads/leads.service'
import { campaignLeads, salesFeedback } from './campaignPage.repo'

// The campaign page's own reads — its leads and what sales heard — apart from its figures,
// which come from the metrics module (campaignPage.test.ts).

const WON = 6
const LOST = 7

describe('a campaign page’s leads and sales feedback', () => {
  const database = useTestDatabase()
  const db = (): Db => database().db
  const move = (input: Parameters<typeof LeadMove.parse>[0]) => moveLead(db(), LeadMove.parse(input))
  const feedback = (leadId: number, kind: 'objection' | 'preference', text: string) => createFeedback(db(), FeedbackInput.parse({ leadId, kind, text }))

  it('lists the leads it brought, newest first, with their stages', async () => {
    const campaign = await makeCampaign(db())
    const first = await makeLead(db(), { personName: 'Ana Ruiz', company: 'Northwind', sourceCampaignId: campaign.id })
    await new Promise((resolve) => setTimeout(resolve, 5))
    const second = await makeLead(db(), { personName: 'Ben Okafor', sourceCampaignId: campaign.id, valueMinor: 5_000 })
    await makeLead(db(), { personName: 'Elsewhere' })
    await move({ leadId: first.id, stageId: WON, wonValueMinor: 9_000 })

    const leads = await campaignLeads(db(), campaign.id)
    expect(leads.total).toBe(2)
    expect(leads.rows.map((l) => [l.id, l.dealName, l.stageName, l.stageKind, l.valueMinor])).toEqual([
      [second.id, 'Ben Okafor', 'New', 'open', 5_000],
      [first.id, 'Ana Ruiz', 'Won', 'won', 9_000],
    ])
    expect(leads.rows[1]?.company).toBe('Northwind')
    expect(leads.rows[1]?.closedAt).not.toBeNull()
  })

  it('rolls up what sales heard: counts by kind, repeated objections, lost reasons and the latest entries', async () => {
    const campaign = await makeCampaign(db())
    const [a, b, c] = await Promise.all(['A', 'B', 'C'].map((name) => makeLead(db(), { personName: name, sourceCampaignId: campaign.id })))
    const outsider = await makeLead(db())
    await feedback(a!.id, 'objection', 'Too expensive')
    await feedback(b!.id, 'objection', 'too expensive ')
    await feedback(b!.id, 'preference', 'Wants a monthly plan')
    await feedback(outsider.id, 'objection', 'Too expensive')
    await move({ leadId: a!.id, stageId: LOST, lostReason: 'Price too high', lostNote: 'Went with a freelancer' })
    await move({ leadId: c!.id, stageId: LOST, lostReason: 'Price too high' })
    await move({ leadId: b!.id, stageId: LOST, lostReason: 'Bad timing' })

    const rollup = await salesFeedback(db(), campaign.id)
    expect(rollup.kindCounts).toEqual({ objection: 2, preference: 1, other: 0, lost: 3 })
    expect(rollup.topFeedback).toEqual([
      { kind: 'objection', text: 'Too expensive', count: 2 },
      { kind: 'preference', text: 'Wants a monthly plan', count: 1 },
    ])
    expect(rollup.lostReasons).toEqual([
      { reason: 'Price too high', count: 2 },
      { reason: 'Bad timing', count: 1 },
    ])
    expect(rollup.latest).toHaveLength(6)
    expect(rollup.latest.map((n) => n.kind).sort()).toEqual(['lost', 'lost', 'lost', 'objection', 'objection', 'preference'])
    expect(rollup.latest.find((n) => n.leadId === a!.id && n.kind === 'lost')?.text).toBe('Price too high: Went with a freelancer')
    expect(rollup.latest.every((n, i, all) => i === 0 || all[i - 1]!.at >= n.at)).toBe(true)
  })
})
