import { describe, expect, it } from 'vitest'
import type { Achievability } from './goalsAchievability'
import { smartChecklist, type SmartDraft } from './goalsSmart'

const good: SmartDraft = {
  title: 'Q4 revenue $60,000',
  description: 'Won deals in the sales pipeline',
  owner: 'Maya',
  metric: 'won_revenue',
  manualName: '',
  target: 6_000_000,
  startsOn: '2026-10-01',
  endsOn: '2026-12-31',
  why: 'Covers the new hire',
  parentId: null,
  campaignIds: [3],
  segmentIds: [],
}
const fine: Achievability = { verdict: 'fine', best: 1, worst: 1, stretch: 1, message: 'Within reach.' }
const states = (draft: SmartDraft, check: Achievability | null = fine) => smartChecklist(draft, check).map((i) => `${i.letter}:${i.state}`).join(' ')

describe('SMART checklist', () => {
  it('passes a complete goal', () => {
    expect(states(good)).toBe('S:ok M:ok A:ok R:ok T:ok')
  })

  it('flags a missing end date in plain words', () => {
    const items = smartChecklist({ ...good, endsOn: '' }, fine)
    expect(items[4]).toEqual({ letter: 'T', name: 'Time-bound', state: 'missing', message: 'Add an end date: a goal without a deadline cannot be tracked.' })
  })

  it('says which part of a letter is weak', () => {
    expect(smartChecklist({ ...good, owner: '', description: '' }, fine)[0]?.message).toBe('Clear title. To make it specific, say what exactly counts and name an owner.')
    expect(smartChecklist({ ...good, why: '' }, fine)[3]?.state).toBe('weak')
    expect(smartChecklist({ ...good, campaignIds: [], why: '' }, fine)[3]?.state).toBe('missing')
  })

  it('carries the achievability warning under A', () => {
    const hard: Achievability = { verdict: 'too_hard', best: 1, worst: 1, stretch: 2, message: 'Needs 2× your best.' }
    expect(smartChecklist(good, hard)[2]).toMatchObject({ state: 'weak', message: 'Needs 2× your best.' })
  })

  it('rejects impossible targets and asks a manual metric for its name', () => {
    expect(states({ ...good, metric: 'win_rate', target: 1.2 })).toContain('M:missing')
    expect(states({ ...good, target: null })).toContain('M:missing')
    expect(states({ ...good, metric: 'manual', manualName: '' })).toContain('M:missing')
    expect(states({ ...good, metric: 'roi', target: 2.5 })).toContain('M:ok')
  })

  it('finds a too-short or backwards period', () => {
    expect(states({ ...good, endsOn: '2026-10-03' })).toContain('T:weak')
    expect(states({ ...good, endsOn: '2026-09-30' })).toContain('T:missing')
  })
})
