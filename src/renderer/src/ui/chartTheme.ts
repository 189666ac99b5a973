import { useSyncExternalStore } from 'react'

// Charts draw on a canvas, which cannot read CSS variables. So a chart names its colours as
// `var(--…)` (CHART_COLORS), and the one chart wrapper swaps them for the values of the theme
// shown now — app.css stays the one place colours are defined — and redraws when the theme on
// <html> changes.

/** The colours charts use, by role, as CSS variables of app.css. */
export const CHART_COLORS = {
  accent: 'var(--accent)',
  accentSoft: 'var(--chart-accent-soft)',
  fill: 'var(--chart-fill)',
  success: 'var(--success)',
  warning: 'var(--warning)',
  danger: 'var(--danger)',
  muted: 'var(--chart-muted)',
  grid: 'var(--chart-grid)',
  text: 'var(--chart-text)',
} as const

/** Series colours, in order, for charts with one colour per item. */
export const CHART_SERIES = Array.from({ length: 8 }, (_, i) => `var(--chart-${i + 1})`)

const VARIABLE = /^var\((--[a-z0-9-]+)\)$/

/**
 * A copy of chart data or options with every `var(--x)` replaced by the variable's value in
 * the current theme. Plain objects and arrays are copied; functions, numbers and anything
 * else are kept as they are.
 */
export function resolveChartColors<T>(value: T, styles: CSSStyleDeclaration = getComputedStyle(document.documentElement)): T {
  if (typeof value === 'string') {
    const match = VARIABLE.exec(value)
    return (match ? styles.getPropertyValue(match[1] as string).trim() || value : value) as T
  }
  if (Array.isArray(value)) return value.map((item: unknown) => resolveChartColors(item, styles)) as T
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveChartColors(item, styles)])) as T
  }
  return value
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  return () => observer.disconnect()
}

const currentTheme = () => document.documentElement.dataset['theme'] ?? 'light'

/** The theme shown now ('light' or 'dark'); the component re-renders when it changes. */
export function useThemeName(): string {
  return useSyncExternalStore(subscribe, currentTheme, () => 'light')
}
