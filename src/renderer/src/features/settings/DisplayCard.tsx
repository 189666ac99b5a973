import { useEffect, useState } from 'react'
import type { InputOf } from '@shared/contract'
import type { Preferences, ThemeChoice } from '@shared/domain/preferences'
import { formatMoney } from '@shared/domain/money'
import { errorMessage } from '../../api/errors'
import { Field } from '../../ui/Field'
import { useToast } from '../../ui/Toast'
import { useUpdatePreferences } from '../preferences/preferences.queries'
import { computerTimeZone } from '@shared/domain/firmClock'
import { currencyOptions, localeOptions, timeZoneOptions, weekdayOptions } from './displayOptions'

// A new currency, locale or week start redraws the whole app (this card included), so the
// control that changed it is remembered here and focused again when the card comes back.
let refocusId: string | null = null

/** Currency, locale, first day of the week, the firm's time zone and theme: applied at once, everywhere. */
export function DisplayCard({ preferences }: { preferences: Preferences }) {
  const update = useUpdatePreferences()
  const toast = useToast()
  const { currency, locale, weekStart, timeZone, theme } = preferences
  const here = computerTimeZone()
  // The theme clicked, until its save settles: a controlled radio would otherwise snap back to the
  // saved theme for the moment the save takes, and the click would seem not to take.
  const [pickedTheme, setPickedTheme] = useState<ThemeChoice | null>(null)
  const shownTheme = pickedTheme ?? theme

  useEffect(() => {
    if (refocusId) document.querySelector<HTMLElement>(`[data-setting="${refocusId}"]`)?.focus()
    refocusId = null
  }, [])

  const save = (patch: InputOf<'preferences.update'>, focusId: string) => {
    if (patch.theme === undefined) refocusId = focusId
    update.mutate(patch, { onError: (error) => toast.show(`Couldn’t save the setting: ${errorMessage(error)}`, { tone: 'error' }) })
  }

  return (
    <section className="card settings-card" aria-labelledby="display-title">
      <h2 id="display-title">Money, dates, time zone and theme</h2>
      <p className="muted">
        Amounts show as <strong>{formatMoney(123_456_78, currency, locale)}</strong> and dates as{' '}
        <strong>{new Date(Date.UTC(2026, 2, 5, 12)).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}</strong>. Amounts are stored as
        entered: changing the currency does not convert them.
      </p>
      <div className="settings-grid">
        <Field label="Currency">
          <select data-setting="settings-currency" value={currency} onChange={(e) => save({ currency: e.target.value }, 'settings-currency')}>
            {currencyOptions(locale, currency).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Language and region for dates and numbers">
          <select data-setting="settings-locale" value={locale} onChange={(e) => save({ locale: e.target.value }, 'settings-locale')}>
            {localeOptions(locale).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Weeks start on">
          <select data-setting="settings-week" value={weekStart} onChange={(e) => save({ weekStart: Number(e.target.value) }, 'settings-week')}>
            {weekdayOptions(locale).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        <Field
          wide
          label="The firm’s time zone"
          hint={`“Today”, every period, due times and overdue follow this zone on every computer.${here === timeZone ? '' : ` This computer is set to ${here.replaceAll('_', ' ')}.`}`}
        >
          <select data-setting="settings-time-zone" value={timeZone} onChange={(e) => save({ timeZone: e.target.value }, 'settings-time-zone')}>
            {timeZoneOptions(timeZone).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="theme-choice">
          <legend>Theme</legend>
          {(['system', 'light', 'dark'] as const).map((choice) => (
            <label key={choice} className="theme-choice__option">
              <input
                type="radio"
                name="theme"
                data-setting={`settings-theme-${choice}`}
                checked={shownTheme === choice}
                onChange={() => {
                  setPickedTheme(choice)
                  update.mutate(
                    { theme: choice },
                    {
                      onError: (error) => toast.show(`Couldn’t save the setting: ${errorMessage(error)}`, { tone: 'error' }),
                      onSettled: () => setPickedTheme(null),
                    },
                  )
                }}
              />
              {choice === 'system' ? 'Same as the computer' : choice === 'light' ? 'Light' : 'Dark'}
            </label>
          ))}
        </fieldset>
      </div>
    </section>
  )
}
