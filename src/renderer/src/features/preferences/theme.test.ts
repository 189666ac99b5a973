import { afterEach, describe, expect, it } from 'vitest'
import { applyTheme, rememberedTheme, resolveTheme } from './theme'

describe('theme', () => {
  afterEach(() => {
    window.location.hash = ''
    window.localStorage.clear()
    delete document.documentElement.dataset['theme']
  })

  it('follows the system unless the person chose one', () => {
    expect(resolveTheme('system', 'dark')).toBe('dark')
    expect(resolveTheme('light', 'dark')).toBe('light')
    expect(resolveTheme('dark', 'light')).toBe('dark')
  })

  it('shows and remembers the theme for the next start', () => {
    applyTheme('dark')
    expect(document.documentElement.dataset['theme']).toBe('dark')
    expect(rememberedTheme()).toBe('dark')
  })

  it('prints on white paper whatever the screen shows, without changing what is remembered', () => {
    applyTheme('dark')
    window.location.hash = '#/print?kind=campaigns'
    applyTheme('dark')
    expect(document.documentElement.dataset['theme']).toBe('light')
    expect(rememberedTheme()).toBe('dark')
  })
})
