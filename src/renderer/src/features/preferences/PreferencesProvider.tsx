import { Fragment, useEffect, useState, type ReactNode } from 'react'
import { configureFormat } from '../../ui/format'
import { usePreferences } from './preferences.queries'
import { applyTheme, onSystemThemeChange, resolveTheme, systemTheme } from './theme'

/**
 * Applies the firm's display settings before anything shows a number: the currency, locale and
 * time zone every formatter and the clock read, and the theme on <html>. Changing one of them
 * re-renders the app below it (keyed), so no screen keeps an amount or a day in the old format.
 */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const preferences = usePreferences()
  const [system, setSystem] = useState(systemTheme)
  useEffect(() => onSystemThemeChange(setSystem), [])
  const choice = preferences.data?.theme ?? 'system'
  useEffect(() => applyTheme(resolveTheme(choice, system)), [choice, system])

  // Settings could not be read: show the app in the defaults rather than nothing.
  if (preferences.isPending) return null
  const data = preferences.data
  if (data) configureFormat(data)
  const formatKey = data ? `${data.currency}|${data.locale}|${data.weekStart}|${data.timeZone}` : 'default'
  return <Fragment key={formatKey}>{children}</Fragment>
}
