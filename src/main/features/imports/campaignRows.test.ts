import { describe, expect, it } from 'vitest'
import type { CampaignImportField } from '@shared/domain/imports'
import { channelOf, readCampaignRow, statusOf } from './campaignRows'

const headers = ['Campaign', 'Channel', 'Budget', 'Start', 'End', 'Status', 'Objective']
const columns: Partial<Record<CampaignImportField, number>> = { campaignName: 0, channel: 1, budget: 2, startsOn: 3, endsOn: 4, status: 5, objective: 6 }
const read = (cells: string[], rules = { dayOrder: 'dmy' as const, decimalMark: ',' as const }) => readCampaignRow(cells, columns, headers, rules)

describe('channelOf', () => {
  it('maps other tools’ words to Baton’s channels', () => {
    expect(channelOf('Facebook Ads')).toBe('social_ads')
    expect(channelOf('LinkedIn')).toBe('social_ads')
    expect(channelOf('Google Ads')).toBe('sem')
    expect(channelOf('AdWords')).toBe('sem')
    expect(channelOf('PPC')).toBe('sem')
    expect(channelOf('Newsletter')).toBe('email')
    expect(channelOf('Mailchimp')).toBe('email')
    expect(channelOf('Webinar')).toBe('event')
    expect(channelOf('Trade show')).toBe('event')
    expect(channelOf('Whitepaper')).toBe('content')
    expect(channelOf('YouTube')).toBe('video')
    expect(channelOf('Organic search')).toBe('seo')
    expect(channelOf('Referrals')).toBe('referral')
    expect(channelOf('social_ads')).toBe('social_ads')
    expect(channelOf('Carrier pigeon')).toBe('other')
  })
  it('maps statuses, and knows when it cannot', () => {
    expect(statusOf('Running')).toBe('active')
    expect(statusOf('Not started')).toBe('planned')
    expect(statusOf('On hold')).toBe('paused')
    expect(statusOf('Done')).toBe('completed')
    expect(statusOf('Maybe')).toBeNull()
  })
})

describe('readCampaignRow', () => {
  it('reads a campaign with day-first dates and comma decimals', () => {
    expect(read(['Webinar series', 'Webinar', '1.234,50', '01/03/2026', '30/04/2026', 'Running', 'Book demos'])).toEqual({
      draft: { name: 'Webinar series', channel: 'event', status: 'active', budgetMinor: 123_450, startsOn: '2026-03-01', endsOn: '2026-04-30', objective: 'Book demos', notes: null },
      problems: [],
    })
  })
  it('leaves out what the row leaves empty', () => {
    expect(read(['Quiet one', '', '', '', '', '', '']).draft).toEqual({
      name: 'Quiet one',
      channel: null,
      status: null,
      budgetMinor: null,
      startsOn: null,
      endsOn: null,
      objective: null,
      notes: null,
    })
  })
  it('says what is wrong, with the column', () => {
    expect(read(['', 'Email', '', '', '', '', '']).problems).toEqual([{ column: 'Campaign', reason: 'The campaign’s name is missing' }])
    expect(read(['X', '', 'lots', '31/02/2026', '', 'Maybe', '']).problems).toEqual([
      { column: 'Status', reason: '“Maybe” is not a status Baton knows (planned, active, paused or completed)' },
      { column: 'Budget', reason: '“lots” is not an amount' },
      { column: 'Start', reason: '“31/02/2026” is not a date' },
    ])
    expect(read(['X', '', '', '01/05/2026', '01/04/2026', '', '']).problems).toEqual([{ column: 'End', reason: 'The end date 2026-04-01 is before the start date 2026-05-01' }])
    expect(read(['X'.repeat(201), '', '', '', '', '', '']).problems).toEqual([{ column: 'Campaign', reason: 'Longer than 200 characters' }])
  })
})
