import { describe, expect, it } from 'vitest'
import { parseWindowState, restoreWindowState } from './windowState'

const laptop = { x: 0, y: 0, width: 1440, height: 875 }
const monitorRight = { x: 1440, y: -200, width: 2560, height: 1400 }
const defaults = { width: 1320, height: 860 }

describe('window state', () => {
  it('opens centred on the primary screen the first time', () => {
    expect(restoreWindowState(null, [laptop], defaults)).toEqual({ bounds: { x: 60, y: 8, width: 1320, height: 860 }, maximized: false })
  })

  it('reopens exactly where it was when that place is on a screen', () => {
    const saved = { bounds: { x: 1600, y: 0, width: 1200, height: 900 }, maximized: true }
    expect(restoreWindowState(saved, [laptop, monitorRight], defaults)).toEqual(saved)
  })

  it('comes back to the primary screen when its monitor is gone', () => {
    const saved = { bounds: { x: 1600, y: 0, width: 1200, height: 900 }, maximized: false }
    expect(restoreWindowState(saved, [laptop], defaults)).toEqual({ bounds: { x: 120, y: 0, width: 1200, height: 875 }, maximized: false })
  })

  it('comes back when only a sliver would show, and is pulled fully onto a screen it half covers', () => {
    const sliver = { bounds: { x: 1400, y: 100, width: 800, height: 600 }, maximized: false }
    expect(restoreWindowState(sliver, [laptop], defaults).bounds).toEqual({ x: 320, y: 138, width: 800, height: 600 })
    const half = { bounds: { x: 1000, y: 500, width: 800, height: 600 }, maximized: false }
    expect(restoreWindowState(half, [laptop], defaults).bounds).toEqual({ x: 640, y: 275, width: 800, height: 600 })
  })

  it('shrinks a window larger than its screen', () => {
    const big = { bounds: { x: 0, y: 0, width: 3000, height: 2000 }, maximized: false }
    expect(restoreWindowState(big, [laptop], defaults).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 })
  })

  it('ignores a saved state that is not one', () => {
    expect(parseWindowState(null)).toBeNull()
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: 'wide', height: 3 } })).toBeNull()
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: 0, height: 3 } })).toBeNull()
    expect(parseWindowState({ bounds: { x: 1.4, y: 2, width: 800, height: 600 }, maximized: 'yes' })).toEqual({
      bounds: { x: 1, y: 2, width: 800, height: 600 },
      maximized: false,
    })
  })
})
