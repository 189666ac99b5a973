import { useEffect } from 'react'

// Forms with edits not yet saved register here. Closing the window (or reloading) while any
// is open is held up by `beforeunload`; in the desktop app main then asks "Discard changes?"
// (Electron's will-prevent-unload), so an accidental close never loses typing.

const dirtyForms = new Set<symbol>()

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (dirtyForms.size === 0) return
  event.preventDefault()
  // Chromium still wants returnValue set to show its prompt.
  event.returnValue = ''
}

export function hasUnsavedEdits(): boolean {
  return dirtyForms.size > 0
}

export function useUnsavedGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return
    const token = Symbol('unsaved form')
    if (dirtyForms.size === 0) window.addEventListener('beforeunload', onBeforeUnload)
    dirtyForms.add(token)
    return () => {
      dirtyForms.delete(token)
      if (dirtyForms.size === 0) window.removeEventListener('beforeunload', onBeforeUnload)
    }
  }, [dirty])
}
