import { describe, expect, it } from 'vitest'
import { meaningOf, stageForMeaning, statusOf } from './stageMeaning'

// What other tools' stage and status names mean, in the words their exports use.

describe('meaningOf', () => {
  it('reads Pipedrive, HubSpot, Salesforce, Zoho and Twenty stages', () => {
    const cases: Array<[string, string | null]> = [
      ['Lead In', 'new'],
      ['Contact Made', 'contacted'],
      ['Demo Scheduled', 'meeting'],
      ['Needs Defined', 'qualified'],
      ['Proposal Made', 'proposal'],
      ['Negotiations Started', 'negotiation'],
      ['Appointment Scheduled', 'meeting'],
      ['Qualified To Buy', 'qualified'],
      ['Presentation Scheduled', 'meeting'],
      ['Decision Maker Bought-In', 'proposal'],
      ['Contract Sent', 'negotiation'],
      ['Closed Won', 'won'],
      ['closedlost', 'lost'],
      ['Prospecting', 'new'],
      ['Qualification', 'qualified'],
      ['Needs Analysis', 'qualified'],
      ['Value Proposition', 'meeting'],
      ['Id. Decision Makers', 'meeting'],
      ['Perception Analysis', 'meeting'],
      ['Proposal/Price Quote', 'proposal'],
      ['Negotiation/Review', 'negotiation'],
      ['Closed-Lost to Competition', 'lost'],
      ['SCREENING', 'qualified'],
      ['CUSTOMER', 'won'],
    ]
    expect(cases.map(([name]) => [name, meaningOf(name)])).toEqual(cases)
  })
  it('reads lead statuses and HubSpot lifecycle stages', () => {
    const cases: Array<[string, string | null]> = [
      ['Open - Not Contacted', 'new'],
      ['Working - Contacted', 'contacted'],
      ['Closed - Converted', 'qualified'],
      ['Closed - Not Converted', 'lost'],
      ['Attempted to Contact', 'contacted'],
      ['Contact in Future', 'contacted'],
      ['Pre-Qualified', 'qualified'],
      ['Not Qualified', 'lost'],
      ['Junk Lead', 'lost'],
      ['Lost Lead', 'lost'],
      ['In Progress', 'contacted'],
      ['Open Deal', 'qualified'],
      ['Unqualified', 'lost'],
      ['Bad Timing', 'lost'],
      ['Subscriber', 'new'],
      ['Marketing Qualified Lead', 'qualified'],
      ['salesqualifiedlead', 'qualified'],
      ['Opportunity', 'qualified'],
      ['Customer', 'won'],
      ['Evangelist', 'won'],
      ['Other', null],
    ]
    expect(cases.map(([name]) => [name, meaningOf(name)])).toEqual(cases)
  })
  it('reads the seven languages, accents or not, and keeps "Client meeting" a meeting', () => {
    const cases: Array<[string, string | null]> = [
      ['Neu', 'new'],
      ['Kontaktiert', 'contacted'],
      ['Angebot', 'proposal'],
      ['Verhandlung', 'negotiation'],
      ['Gewonnen', 'won'],
      ['Contacté', 'contacted'],
      ['Qualifié', 'qualified'],
      ['Négociation', 'negotiation'],
      ['Gagné', 'won'],
      ['Perdido', 'lost'],
      ['Propuesta', 'proposal'],
      ['Offerte', 'proposal'],
      ['Onderhandeling', 'negotiation'],
      ['Trattativa', 'negotiation'],
      ['Vinto', 'won'],
      ['Negociação', 'negotiation'],
      ['Client', 'won'],
      ['Client meeting', 'meeting'],
    ]
    expect(cases.map(([name]) => [name, meaningOf(name)])).toEqual(cases)
  })
})

describe('stageForMeaning', () => {
  const stages = [
    { id: 1, name: 'Inbox', kind: 'open' },
    { id: 2, name: 'First call', kind: 'open' },
    { id: 3, name: 'Quote sent', kind: 'open' },
    { id: 4, name: 'Signed', kind: 'won' },
    { id: 5, name: 'Dropped', kind: 'lost' },
  ]
  it('finds the firm’s own stage that means the same, else the furthest one before it, else the first', () => {
    expect(stageForMeaning('proposal', stages)?.name).toBe('Quote sent')
    expect(stageForMeaning('negotiation', stages)?.name).toBe('Quote sent')
    expect(stageForMeaning('qualified', stages)?.name).toBe('First call')
    expect(stageForMeaning('won', stages)?.name).toBe('Signed')
    expect(stageForMeaning('lost', stages)?.name).toBe('Dropped')
  })
  it('gives up on a pipeline whose stages mean nothing it knows', () => {
    expect(stageForMeaning('proposal', [{ id: 1, name: 'Alpha', kind: 'open' }])).toBeNull()
  })
})

describe('statusOf', () => {
  it('is won or lost when the words say so, else open', () => {
    expect(['won', 'lost', 'open', 'deleted', 'Customer', 'Closed Lost', 'Lead'].map(statusOf)).toEqual(['won', 'lost', 'open', 'open', 'won', 'lost', 'open'])
  })
})
