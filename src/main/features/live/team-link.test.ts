import { describe, expect, it } from 'vitest'
import { queryKeysFor } from '@shared/domain/liveRefresh'
import { gatherChanges, parseChange } from './team-link'

describe('what a page refetches for a change', () => {
  it("refetches the changed lead's drawer, the lists it sits on and the figures it counts in, not other leads' drawers", () => {
    const keys = queryKeysFor([{ table: 'leads', ids: [7] }])
    expect(keys).toEqual(expect.arrayContaining([['lead', 7], ['board'], ['leads'], ['table'], ['metrics'], ['reports'], ['goals'], ['campaigns']]))
    expect(keys).not.toContainEqual(['lead'])
  })

  it('leaves out what a broader key already covers, and repeats nothing', () => {
    const keys = queryKeysFor([
      { table: 'leads', ids: [7] },
      { table: 'stage_history', ids: [7] },
      { table: 'people', ids: [3] },
    ])
    // A person's change refreshes every open lead (any may be theirs): ['lead'] covers ['lead', 7] and its history.
    expect(keys).toContainEqual(['lead'])
    expect(keys).not.toContainEqual(['lead', 7])
    expect(keys).not.toContainEqual(['lead', 7, 'history'])
    expect(new Set(keys.map((k) => JSON.stringify(k))).size).toBe(keys.length)
  })

  it("refetches a campaign's own page for its spend, and the team lists for the team", () => {
    expect(queryKeysFor([{ table: 'campaign_spend', ids: [4] }])).toEqual(expect.arrayContaining([['campaigns'], ['metrics']]))
    expect(queryKeysFor([{ table: 'team_members', ids: null }])).toEqual([['team'], ['leads'], ['preferences']])
    expect(queryKeysFor([{ table: 'schema_migrations', ids: null }])).toEqual([])
  })
})

describe("the server's announcements", () => {
  it('reads a table and a record, or a table alone, and nothing else', () => {
    expect(parseChange('leads:42')).toEqual({ table: 'leads', id: 42 })
    expect(parseChange('stages:')).toEqual({ table: 'stages', id: null })
    expect(parseChange('DROP TABLE leads')).toBeNull()
  })

  it('gathers a burst by table; a table-wide one or too many records makes the table whole', () => {
    expect(
      gatherChanges([
        { table: 'leads', id: 3 },
        { table: 'leads', id: 1 },
        { table: 'leads', id: 3 },
        { table: 'stages', id: null },
        { table: 'stages', id: null },
      ]),
    ).toEqual([
      { table: 'leads', ids: [1, 3] },
      { table: 'stages', ids: null },
    ])
    const many = Array.from({ length: 500 }, (_, id) => ({ table: 'leads', id }))
    expect(gatherChanges(many)).toEqual([{ table: 'leads', ids: null }])
  })
})
