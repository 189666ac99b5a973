import { useSyncExternalStore } from 'react'

// Charts draw on a canvas, which cannot read CSS variables: this reads the theme's chart
// colours from the variables in app.css (the one place they are defined) and tells
// charts to redraw when the theme on <html> changes.

export interface ChartTheme {
  /** Series colours, in order. */
  series: string[]
  text: string
  mutedText: string
  grid: string
  surface: string
  accent: string
  success: string
  danger: string
}

const SERIES_COUNT = 8

function readVar(styles: CSSStyleDeclaration, name: string, fallback: string): string {
  return styles.getPropertyValue(name).trim() || fallback
}

export function chartTheme(root: HTMLElement = document.documentElement): ChartTheme {
  const styles = getComputedStyle(root)
  return {
    series: Array.from({ length: SERIES_COUNT }, (_, i) => readVar(styles, `--chart-${i + 1}`, '#3b5bdb')),
    text: readVar(styles, '--text', '#1c2430'),
    mutedText: readVar(styles, '--text-2', '#5b6675'),
    grid: readVar(styles, '--chart-grid', '#e3e6eb'),
    surface: readVar(styles, '--surface', '#ffffff'),
    accent: readVar(styles, '--accent', '#3b5bdb'),
    success: readVar(styles, '--success', '#2b8a3e'),
    danger: readVar(styles, '--danger', '#c92a2a'),
  }
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  return () => observer.disconnect()
}

const currentTheme = () => document.documentElement.dataset['theme'] ?? 'light'

/** The chart colours of the theme shown now; the component re-renders when the theme changes. */
export function useChartTheme(): ChartTheme {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light')
  // Read after the attribute changed, so the variables already hold the new theme.
  return themeFor(theme)
}

let cached: { theme: string; value: ChartTheme } | undefined
function themeFor(theme: string): ChartTheme {
  if (cached?.theme !== theme) cached = { theme, value: chartTheme() }
  return cached.value
}
