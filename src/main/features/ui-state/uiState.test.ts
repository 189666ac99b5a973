import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'

describe('ui state', () => {
  let t: TestWorkspace
  beforeEach(async () => {
    t = await testWorkspace()
  })
  afterEach(() => t.dispose())

  it('saves, replaces and removes any JSON value under a key', async () => {
    expect(await t.call('uiState.get', { key: 'leads.table.columns' })).toBeNull()
    const value = { order: ['personName', 'value'], hidden: { email: true }, widths: [120, 80.5], note: null }
    await expect(t.call('uiState.set', { key: 'leads.table.columns', value })).resolves.toEqual({ key: 'leads.table.columns' })
    expect(await t.call('uiState.get', { key: 'leads.table.columns' })).toEqual(value)
    await t.call('uiState.set', { key: 'leads.table.columns', value: ['x'] })
    expect(await t.call('uiState.get', { key: 'leads.table.columns' })).toEqual(['x'])
    await t.call('uiState.set', { key: 'leads.table.columns', value: null })
    expect(await t.call('uiState.get', { key: 'leads.table.columns' })).toBeNull()
  })

  it('refuses values over 64 KB, values that are not JSON, and the keys kept for undo', async () => {
    expect(await t.fail('uiState.set', { key: 'big', value: 'x'.repeat(70_000) })).toMatchObject({ code: 'invalid_input', field: 'value' })
    expect(await t.fail('uiState.set', { key: 'fn', value: { when: undefined } as never })).toMatchObject({ code: 'invalid_input' })
    expect(await t.fail('uiState.set', { key: 'undo:abc', value: 1 })).toMatchObject({ code: 'invalid_input', field: 'key' })
    expect(await t.fail('uiState.get', { key: 'undo:abc' })).toMatchObject({ code: 'invalid_input', field: 'key' })
  })
})
