import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dayOf, instantAt } from '@shared/domain/firmClock'
import type { UnknownValues } from '@shared/domain/imports'
import { historyOf, importAsGuessed, lead, savedLeads } from '../../../../test/fixtures/imports'
import { useTempWorkspace } from '../../../../test/fixtures/workspace'
import { undoImport } from './imports.service'

// Other CRMs' exports, written from their documented column lists, imported with Baton's own
// guesses (and only the answers the preview asks for); every cell of every lead is checked.

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', 'exports', name)
const noon = (day: string) => `${day}T12:00:00.000Z`

/** Each stage value the file names with the stage Baton offers for it (by name). */
const suggestedStages = (unknowns: UnknownValues) =>
  unknowns.stage.values.map(({ value, suggested }) => [value, suggested.kind === 'existing' ? unknowns.known.stages.find((s) => s.id === suggested.id)?.name : suggested.kind])

describe('other CRMs’ exports, as they come', { timeout: 60_000 }, () => {
  const ws = useTempWorkspace()

  it('Pipedrive deals: won and lost in two currencies, stages by meaning, lost reasons, a contact’s second deal a deal of theirs', async () => {
    const preview = await importAsGuessed(ws(), fixture('pipedrive-deals.csv'), {}, 'preview')
    // The preview asks for a rate for the euros and holds those amounts until it has one.
    expect(preview.outcome.currencies).toEqual([{ currency: 'EUR', rows: 3, totalMinor: 1_350_000, choice: null, convertedMinor: null }])
    expect(preview.outcome.closedWithoutDay).toBe(0)
    expect(suggestedStages(preview.unknowns)).toEqual([
      ['Negotiations Started', 'Negotiation'],
      ['Proposal Made', 'Proposal'],
      ['Contact Made', 'Contacted'],
      ['Demo Scheduled', 'Qualified'],
      ['Lead In', 'New'],
    ])
    expect(preview.unknowns.status.values.map((v) => [v.value, v.suggested.kind])).toEqual([
      ['won', 'won'],
      ['lost', 'lost'],
      ['open', 'open'],
    ])

    const { outcome, batchId } = await importAsGuessed(ws(), fixture('pipedrive-deals.csv'), { currencies: { EUR: { kind: 'convert', rate: '1.10' } } })
    expect(outcome).toMatchObject({ rowsRead: 7, created: 7, skipped: 0, rejected: 0, won: 3, lost: 2, wonValueMinor: 880_000 + 1_500_000 + 400_000 })
    expect(outcome.currencies).toEqual([{ currency: 'EUR', rows: 3, totalMinor: 1_350_000, choice: { kind: 'convert', rate: '1.10' }, convertedMinor: 1_485_000 }])
    expect(outcome.skippedRows).toEqual([])
    expect(outcome.campaignsCreated).toEqual(['Webinar', 'Referral', 'Trade fair', 'Newsletter'])
    expect(outcome.lostReasonsCreated).toEqual(['Went with a competitor'])
    expect(outcome.membersCreated).toEqual(['Ann Owner', 'Bo Seller'])
    expect(savedLeads(ws())).toEqual([
      lead({ person: 'Dana Li', company: 'Acme Inc', email: 'dana@acme.test', phone: '+1 555 0100', campaign: 'Webinar', stage: 'Proposal', valueMinor: 1_250_000, owner: 'Ann Owner', title: 'Acme website redesign', createdAt: noon('2026-01-14'), expectedCloseOn: '2026-04-30', tags: 'Hot' }),
      lead({ person: 'Jonas Weber', company: 'Beta GmbH', email: 'jonas@beta.test', phone: '+49 30 1234567', campaign: 'Referral', stage: 'Won', valueMinor: 880_000, owner: 'Ann Owner', title: 'Beta rollout', createdAt: noon('2025-11-02'), expectedCloseOn: '2026-02-28', closedAt: noon('2026-02-10') }),
      lead({ person: 'Cy Ray', company: 'Gamma LLC', email: 'cy@gamma.test', campaign: 'Webinar', stage: 'Lost', valueMinor: 420_000, owner: 'Bo Seller', title: 'Gamma support', createdAt: noon('2026-01-05'), closedAt: noon('2026-02-20'), lostReason: 'Price too high' }),
      lead({ person: 'Eve Park', company: 'Delta Co', email: 'eve@delta.test', phone: '+1 555 0104', campaign: 'Trade fair', stage: 'Won', valueMinor: 1_500_000, owner: 'Bo Seller', title: 'Delta pilot', createdAt: noon('2025-12-01'), expectedCloseOn: '2026-03-31', closedAt: noon('2026-03-05'), tags: 'Warm' }),
      lead({ person: 'Fay Moreau', company: 'Epsilon SA', email: 'fay@epsilon.test', campaign: 'Newsletter', stage: 'New', valueMinor: 275_000, owner: 'Ann Owner', title: 'Epsilon audit', createdAt: noon('2026-03-01') }),
      lead({ person: 'Gus Braun', company: 'Zeta AG', email: 'gus@zeta.test', campaign: 'Referral', stage: 'Lost', valueMinor: 330_000, owner: 'Ann Owner', title: 'Zeta licences', createdAt: noon('2025-12-15'), closedAt: noon('2026-01-20'), lostReason: 'Went with a competitor' }),
      // The same person's second deal: a deal of theirs, not a duplicate of the first.
      lead({ person: 'Dana Li', company: 'Acme Inc', email: 'dana@acme.test', phone: '+1 555 0100', campaign: 'Webinar', stage: 'Won', valueMinor: 400_000, owner: 'Ann Owner', title: 'Acme second site', createdAt: noon('2026-02-01'), closedAt: noon('2026-03-20'), tags: 'Hot' }),
    ])
    // A closed deal was open in the stage the file names until the day it closed.
    expect(historyOf(ws(), 'Jonas Weber')).toEqual(['∅ → Negotiation @ 2025-11-02', 'Negotiation → Won @ 2026-02-10'])
    expect(historyOf(ws(), 'Eve Park')).toEqual(['∅ → Qualified @ 2025-12-01', 'Qualified → Won @ 2026-03-05'])
    expect(historyOf(ws(), 'Dana Li')).toEqual(['∅ → Proposal @ 2026-01-14', '∅ → Negotiation @ 2026-02-01', 'Negotiation → Won @ 2026-03-20'])
    // One person and one organisation for Dana's two deals.
    expect(ws().database.sqlite.prepare(`SELECT count(*) FROM people WHERE name = 'Dana Li'`).pluck().get()).toBe(1)
    expect(ws().database.sqlite.prepare(`SELECT count(*) FROM organizations WHERE name = 'Acme Inc'`).pluck().get()).toBe(1)
    // The batch keeps the rate it converted at; undo takes back the leads, campaigns, team members and lost reason it added.
    const sqlite = ws().database.sqlite
    expect(JSON.parse(sqlite.prepare('SELECT currency_rates FROM import_batches WHERE id = ?').pluck().get(batchId) as string)).toEqual({ to: 'USD', rates: [{ currency: 'EUR', rate: '1.10' }] })
    await undoImport(ws().context.db, batchId!)
    expect(savedLeads(ws())).toEqual([])
    expect(sqlite.prepare('SELECT count(*) FROM campaigns').pluck().get()).toBe(0)
    expect(sqlite.prepare('SELECT name FROM team_members').pluck().all()).toEqual([])
    expect(sqlite.prepare(`SELECT count(*) FROM lost_reasons WHERE label = 'Went with a competitor'`).pluck().get()).toBe(0)
    expect(sqlite.prepare(`SELECT count(*) FROM lost_reasons WHERE label = 'Price too high'`).pluck().get()).toBe(1)
  })

  it('a firm far from UTC: the days the file gives stay those days in the firm’s calendar', async () => {
    // Noon UTC would be 01:00 the next day in Auckland's summer: the deal won on 5 March would count in 6 March.
    const zone = 'Pacific/Auckland'
    ws().database.sqlite.prepare('UPDATE settings SET time_zone = ? WHERE id = 1').run(zone)
    await importAsGuessed(ws(), fixture('pipedrive-deals.csv'), { currencies: { EUR: { kind: 'convert', rate: '1.10' } } })
    const days = savedLeads(ws()).map((saved) => [saved.person, dayOf(saved.createdAt, zone), saved.closedAt && dayOf(saved.closedAt, zone)])
    expect(days).toEqual([
      ['Dana Li', '2026-01-14', null],
      ['Jonas Weber', '2025-11-02', '2026-02-10'],
      ['Cy Ray', '2026-01-05', '2026-02-20'],
      ['Eve Park', '2025-12-01', '2026-03-05'],
      ['Fay Moreau', '2026-03-01', null],
      ['Gus Braun', '2025-12-15', '2026-01-20'],
      ['Dana Li', '2026-02-01', '2026-03-20'],
    ])
    expect(savedLeads(ws()).find((saved) => saved.person === 'Eve Park')?.closedAt).toBe(instantAt('2026-03-05', '12:00', zone))
  })

  it('HubSpot contacts: lead status as the stage, lifecycle stage as the status, two emails in a cell, a lost lead closed on the day the person picks', async () => {
    const preview = await importAsGuessed(ws(), fixture('hubspot-contacts.csv'), {}, 'preview')
    expect(preview.summary.mapping.filter(Boolean)).toEqual(['firstName', 'lastName', 'email', 'phone', 'company', 'owner', 'status', 'stage', 'createdOn', 'wonOn', 'campaign', 'jobTitle'])
    expect(suggestedStages(preview.unknowns)).toEqual([
      ['Attempted to Contact', 'Contacted'],
      ['In Progress', 'Contacted'],
      ['Open Deal', 'Qualified'],
      ['Unqualified', 'Lost'],
    ])
    expect(preview.unknowns.status.values.map((v) => [v.value, v.suggested.kind])).toEqual([
      ['Lead', 'open'],
      ['Customer', 'won'],
      ['Evangelist', 'won'],
      ['Marketing Qualified Lead', 'open'],
      ['Sales Qualified Lead', 'open'],
    ])
    // "Unqualified" closes Fay's lead as lost, and the file says not when: the preview asks.
    expect(preview.outcome.closedWithoutDay).toBe(1)

    const { outcome } = await importAsGuessed(ws(), fixture('hubspot-contacts.csv'), { closeDayFallback: { kind: 'day', day: '2026-03-31' } })
    expect(outcome).toMatchObject({ rowsRead: 6, created: 6, rejected: 0, won: 2, lost: 1, closedWithoutDay: 1 })
    expect(outcome.warnings).toEqual([{ row: 3, column: 'Email', reason: '2 emails in one cell: bo@beta.test is the email, the others are in the notes' }])
    expect(outcome.campaignsCreated).toEqual(['Organic Search', 'Paid Social', 'Referrals', 'Direct Traffic'])
    expect(savedLeads(ws())).toEqual([
      lead({ person: 'Dana Li', company: 'Acme Inc', email: 'dana@acme.test', phone: '+1 555 0100', campaign: 'Organic Search', stage: 'New', owner: 'Ann Owner', createdAt: noon('2026-01-14') }),
      lead({ person: 'Bo Chen', company: 'Beta Ltd', email: 'bo@beta.test', campaign: 'Paid Social', stage: 'Contacted', owner: 'Ann Owner', notes: 'Other emails: bo.chen@mail.test', createdAt: noon('2026-01-20') }),
      lead({ person: 'Cy Ray', company: 'Gamma LLC', email: 'cy@gamma.test', campaign: 'Referrals', stage: 'Won', owner: 'Bo Seller', createdAt: noon('2025-12-02'), closedAt: noon('2026-02-14') }),
      lead({ person: 'Eve Park', company: 'Delta Co', email: 'eve@delta.test', phone: '+1 555 0104', campaign: 'Organic Search', stage: 'Contacted', owner: 'Bo Seller', createdAt: noon('2026-02-03') }),
      lead({ person: 'Fay Moreau', company: 'Epsilon SA', email: 'fay@epsilon.test', campaign: 'Direct Traffic', stage: 'Lost', createdAt: noon('2026-02-10'), closedAt: noon('2026-03-31') }),
      lead({ person: 'Gus Braun', company: 'Zeta AG', email: 'gus@zeta.test', campaign: 'Referrals', stage: 'Won', owner: 'Ann Owner', createdAt: noon('2025-10-01'), closedAt: noon('2025-11-30') }),
    ])
    expect(historyOf(ws(), 'Cy Ray')).toEqual(['∅ → Qualified @ 2025-12-02', 'Qualified → Won @ 2026-02-14'])
    expect(historyOf(ws(), 'Fay Moreau')).toEqual(['∅ → New @ 2026-02-10', 'New → Lost @ 2026-03-31'])
    // The job title is the person's.
    expect(ws().database.sqlite.prepare('SELECT name, job_title AS jobTitle FROM people ORDER BY id').all()).toEqual([
      { name: 'Dana Li', jobTitle: 'CTO' },
      { name: 'Bo Chen', jobTitle: 'Buyer' },
      { name: 'Cy Ray', jobTitle: null },
      { name: 'Eve Park', jobTitle: 'Head of Ops' },
      { name: 'Fay Moreau', jobTitle: null },
      { name: 'Gus Braun', jobTitle: 'CEO' },
    ])
  })

  it('HubSpot deals: "Close Date" is the expected close while open and the close once won or lost; a deal in euros converted', async () => {
    const { outcome, summary } = await importAsGuessed(ws(), fixture('hubspot-deals.csv'), { currencies: { EUR: { kind: 'convert', rate: '1.08' } } })
    expect(summary.mapping).toEqual([null, 'title', 'stage', null, 'value', 'closeDate', 'owner', 'createdOn', null, null, 'lostReason', null, 'currency', 'company', 'personName'])
    expect(outcome).toMatchObject({ rowsRead: 6, created: 6, rejected: 0, won: 1, wonValueMinor: 1_200_000, lost: 1, lostReasonsCreated: ['No budget this year'] })
    expect(savedLeads(ws())).toEqual([
      lead({ person: 'Dana Li', company: 'Acme Inc', stage: 'Qualified', valueMinor: 500_000, owner: 'Ann Owner', title: 'Acme renewal', createdAt: noon('2026-01-14'), expectedCloseOn: '2026-05-01' }),
      lead({ person: 'Bo Chen', company: 'Beta Ltd', stage: 'Won', valueMinor: 1_200_000, owner: 'Ann Owner', title: 'Beta expansion', createdAt: noon('2025-12-10'), closedAt: noon('2026-02-27') }),
      lead({ person: 'Cy Ray', company: 'Gamma LLC', stage: 'Lost', valueMinor: 300_000, owner: 'Bo Seller', title: 'Gamma trial', createdAt: noon('2026-01-08'), closedAt: noon('2026-03-03'), lostReason: 'No budget this year' }),
      lead({ person: 'Eve Park', company: 'Delta Co', stage: 'Negotiation', valueMinor: 850_000, owner: 'Bo Seller', title: 'Delta upsell', createdAt: noon('2026-02-02'), expectedCloseOn: '2026-04-15' }),
      lead({ person: 'Fay Moreau', company: 'Epsilon SA', stage: 'Proposal', valueMinor: 432_000, owner: 'Ann Owner', title: 'Epsilon pilot', createdAt: noon('2026-02-20'), expectedCloseOn: '2026-04-30' }),
      // A deal with a company and no contact is the organisation's deal: no person is made up for it.
      lead({ person: '', company: 'Zeta AG', stage: 'Qualified', title: 'Zeta deal', createdAt: noon('2026-03-01') }),
    ])
  })
})
