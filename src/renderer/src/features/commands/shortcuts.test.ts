import { describe, expect, it } from 'vitest'
import { SHORTCUT_BINDINGS } from './commands'
import { createShortcutReader, isPaletteChord, isTypingTarget, type KeyPress } from './shortcuts'

const press = (key: string, target: EventTarget | null = document.body, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...mods,
})

function reader() {
  let now = 0
  const read = createShortcutReader(SHORTCUT_BINDINGS, () => now)
  return { read, advance: (ms: number) => (now += ms) }
}

describe('shortcuts', () => {
  it('runs single keys and two-key sequences', () => {
    const { read } = reader()
    expect(read(press('n'))).toBe('new-lead')
    expect(read(press('/'))).toBe('open-palette')
    expect(read(press('?'))).toBe('show-shortcuts')
    expect(read(press('g'))).toBeNull()
    expect(read(press('p'))).toBe('go-pipeline')
    expect(read(press('g'))).toBeNull()
    expect(read(press('T'))).toBe('go-today')
    for (const [letter, command] of [['c', 'go-campaigns'], ['r', 'go-reports'], ['s', 'go-settings']] as const) {
      read(press('g'))
      expect(read(press(letter))).toBe(command)
    }
  })

  it('forgets a "g" after a pause, and an unknown second key', () => {
    const { read, advance } = reader()
    read(press('g'))
    advance(1600)
    expect(read(press('p'))).toBeNull()
    read(press('g'))
    expect(read(press('x'))).toBeNull()
    expect(read(press('n'))).toBe('new-lead')
  })

  it('never fires while typing in a field, or with a modifier held', () => {
    const { read } = reader()
    const input = document.createElement('input')
    const textarea = document.createElement('textarea')
    const select = document.createElement('select')
    const editable = document.createElement('div')
    editable.setAttribute('contenteditable', 'true')
    document.body.append(input, textarea, select, editable)
    for (const target of [input, textarea, select]) {
      expect(read(press('n', target))).toBeNull()
      expect(read(press('g', target))).toBeNull()
      expect(read(press('p', target))).toBeNull()
    }
    expect(isTypingTarget(editable)).toBe(true)
    expect(read(press('n', document.body, { ctrlKey: true }))).toBeNull()
    // A "g" typed in a field does not arm a sequence for the next key outside it.
    read(press('g', input))
    expect(read(press('p'))).toBeNull()
  })

  it('treats checkboxes and buttons as not typing', () => {
    const checkbox = document.createElement('input')
    checkbox.type = 'checkbox'
    expect(isTypingTarget(checkbox)).toBe(false)
    expect(isTypingTarget(document.createElement('button'))).toBe(false)
  })

  it('knows the palette chord on every platform', () => {
    expect(isPaletteChord({ key: 'k', ctrlKey: true, metaKey: false, altKey: false })).toBe(true)
    expect(isPaletteChord({ key: 'K', ctrlKey: false, metaKey: true, altKey: false })).toBe(true)
    expect(isPaletteChord({ key: 'k', ctrlKey: false, metaKey: false, altKey: false })).toBe(false)
  })
})
