// Single-key shortcuts (n, /, ?, g then a letter) in the spirit of Linear and GitHub. They
// never fire while the person is typing in a field, and a "g" waits a moment for its letter.

export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  target: EventTarget | null
}

/** A shortcut: one key ("n") or a two-key sequence ("g p"). */
export interface Binding<Id extends string> {
  keys: readonly string[]
  command: Id
}

const SEQUENCE_WINDOW_MS = 1500

/** True when a key press belongs to what the person is typing, not to the app. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false
  const element = target as HTMLElement
  if (element.isContentEditable) return true
  const field = element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"]')
  if (!field) return false
  if (field instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(field.type)
  return true
}

/**
 * Turns key presses into commands. `now` is injected so tests control the clock.
 * Returns the command a press completes, or null (the press may start a sequence).
 */
export function createShortcutReader<Id extends string>(bindings: ReadonlyArray<Binding<Id>>, now: () => number = () => Date.now()) {
  let pending: { key: string; at: number } | null = null
  return function read(press: KeyPress): Id | null {
    if (press.ctrlKey || press.metaKey || press.altKey || isTypingTarget(press.target)) {
      pending = null
      return null
    }
    const key = press.key.length === 1 ? press.key.toLowerCase() : press.key
    const typed = press.key === '?' || press.key === '/' ? press.key : key
    if (pending && now() - pending.at <= SEQUENCE_WINDOW_MS) {
      const first = pending.key
      pending = null
      const match = bindings.find((b) => b.keys.length === 2 && b.keys[0] === first && b.keys[1] === typed)
      if (match) return match.command
    }
    pending = null
    if (bindings.some((b) => b.keys.length === 2 && b.keys[0] === typed)) {
      pending = { key: typed, at: now() }
      return null
    }
    return bindings.find((b) => b.keys.length === 1 && b.keys[0] === typed)?.command ?? null
  }
}

/** Ctrl+K on Windows and Linux, Cmd+K on macOS (either works everywhere). */
export function isPaletteChord(press: Pick<KeyPress, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return (press.ctrlKey || press.metaKey) && !press.altKey && press.key.toLowerCase() === 'k'
}
