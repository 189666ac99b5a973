import { describe, expect, it } from 'vitest'
import { ChoiceLookup, campaignIndex, closeMatch, matchKey, ownerIndex, stageIndex, suggestOwner, suggestRef } from './valueMap'

const campaigns = campaignIndex([
  { id: 1, name: 'LinkedIn ads' },
  { id: 2, name: 'Spring webinars' },
  { id: 3, name: 'SEO' },
])
const stages = stageIndex([
  { id: 10, name: 'New', kind: 'open' },
  { id: 11, name: 'Qualified', kind: 'open' },
  { id: 12, name: 'Won', kind: 'won' },
  { id: 13, name: 'Lost', kind: 'lost' },
])

describe('closeMatch', () => {
  it('matches case, spaces and punctuation aside', () => {
    expect(matchKey(' Linkedin-Ads! ')).toBe('linkedinads')
    expect(closeMatch('Linkedin Ads', [...campaigns.entries()])).toEqual({ id: 1, name: 'LinkedIn ads' })
    expect(closeMatch('closed-won', [...stages.entries()])).toMatchObject({ id: 12 })
  })
  it('forgives one typo in longer names, not in short ones', () => {
    expect(closeMatch('Spring webinar', [...campaigns.entries()])).toMatchObject({ id: 2 })
    expect(closeMatch('Qualifeid', [...stages.entries()])).toBeNull() // two edits (a swap)
    expect(closeMatch('Qualifed', [...stages.entries()])).toMatchObject({ id: 11 })
    expect(closeMatch('SEM', [...campaigns.entries()])).toBeNull()
    expect(closeMatch('!!!', [...campaigns.entries()])).toBeNull()
  })
})

describe('suggested choices', () => {
  it('a campaign: the saved choice if it still holds, else a close match, else what the create option says', () => {
    expect(suggestRef('Linkedin Ads', campaigns, undefined, false)).toEqual({ kind: 'existing', id: 1 })
    expect(suggestRef('Trade fair', campaigns, undefined, true)).toEqual({ kind: 'create' })
    expect(suggestRef('Trade fair', campaigns, undefined, false)).toEqual({ kind: 'reject' })
    expect(suggestRef('Trade fair', campaigns, { kind: 'empty' }, true)).toEqual({ kind: 'empty' })
    expect(suggestRef('Trade fair', campaigns, { kind: 'existing', id: 3 }, true)).toEqual({ kind: 'existing', id: 3 })
    // A saved choice of a campaign deleted since falls back.
    expect(suggestRef('Trade fair', campaigns, { kind: 'existing', id: 99 }, true)).toEqual({ kind: 'create' })
  })
  it('a stage: Closed Won style words are known; others close to a stage map to it', () => {
    expect(stages.get('closed won')).toMatchObject({ id: 12 })
    expect(suggestRef('Closed_Lost', stages, undefined, false)).toEqual({ kind: 'existing', id: 13 })
    expect(suggestRef('Demo booked', stages, undefined, true)).toEqual({ kind: 'create' })
  })
  it('an owner: close to a known owner maps to it; a new name is kept as written', () => {
    const owners = ownerIndex(['Ann Owner', 'Bo Seller'])
    expect(suggestOwner('ann.owner', owners, undefined)).toEqual({ kind: 'existing', name: 'Ann Owner' })
    expect(suggestOwner('Cy New', owners, undefined)).toEqual({ kind: 'create' })
    expect(suggestOwner('Cy New', owners, { kind: 'reject' })).toEqual({ kind: 'reject' })
  })
})

describe('ChoiceLookup', () => {
  it('finds a choice as written, else in another case', () => {
    const lookup = new ChoiceLookup({ 'Linkedin Ads': { kind: 'empty' }, linkedin: { kind: 'reject' } })
    expect(lookup.get('Linkedin Ads')).toEqual({ kind: 'empty' })
    expect(lookup.get('LINKEDIN ADS')).toEqual({ kind: 'empty' })
    expect(lookup.get('LinkedIn')).toEqual({ kind: 'reject' })
    expect(lookup.get('toString')).toBeUndefined()
  })
})
