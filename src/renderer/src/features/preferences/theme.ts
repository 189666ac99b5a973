import type { ThemeChoice } from '@shared/domain/preferences'

export type Theme = 'light' | 'dark'

// The last theme shown, so the next start paints in it before Settings has loaded
// (there is no inline script to do it earlier: the CSP forbids one).
const STORAGE_KEY = 'baton.theme'

export function systemTheme(): Theme {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

export function resolveTheme(choice: ThemeChoice, system: Theme): Theme {
  return choice === 'system' ? system : choice
}

// The print view becomes a PDF on white paper, whatever the screen's theme.
const onPaper = () => window.location.hash.startsWith('#/print')

export function applyTheme(theme: Theme): void {
  if (onPaper()) {
    document.documentElement.dataset['theme'] = 'light'
    return
  }
  document.documentElement.dataset['theme'] = theme
  try {
    window.localStorage.setItem(STORAGE_KEY, theme)
  } catch {
    // Storage may be unavailable; the theme still applies for this session.
  }
}

export function rememberedTheme(): Theme {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY)
    if (saved === 'light' || saved === 'dark') return saved
  } catch {
    // fall through to the system's theme
  }
  return systemTheme()
}

/** Calls back when the OS switches between light and dark. */
export function onSystemThemeChange(callback: (theme: Theme) => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined
  const query = window.matchMedia('(prefers-color-scheme: dark)')
  const listener = (event: MediaQueryListEvent) => callback(event.matches ? 'dark' : 'light')
  query.addEventListener('change', listener)
  return () => query.removeEventListener('change', listener)
}
