import { z } from 'zod'
import { isTimeZone } from '../domain/firmClock'
import { canonicalLocale, isKnownCurrency, THEMES, type Preferences } from '../domain/preferences'
import { call } from './define'

const Minute = z.int().min(0).max(1439)

export const PreferencesPatch = z
  .object({
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isKnownCurrency, 'Pick a currency by its three-letter code, like USD or EUR')
      .optional(),
    locale: z
      .string()
      .trim()
      .max(40)
      .refine((tag) => canonicalLocale(tag) !== null, 'Pick a language and region, like en-GB or de-DE')
      .transform((tag) => canonicalLocale(tag) ?? tag)
      .optional(),
    weekStart: z.int().min(0, 'Pick a day of the week').max(6, 'Pick a day of the week').optional(),
    timeZone: z.string().trim().max(64).refine(isTimeZone, 'Pick a time zone from the list, like Europe/Berlin or America/New_York').optional(),
    theme: z.enum(THEMES, 'Pick light, dark or the system’s theme').optional(),
    notificationsEnabled: z.boolean().optional(),
    quietHours: z.object({ startMinute: Minute, endMinute: Minute }).strict().nullable().optional(),
  })
  .strict()

export const preferencesContract = {
  'preferences.get': call(z.object({}).strict()).returns<Preferences>(),
  /** Changes only the fields given; returns all of them. */
  'preferences.update': call(PreferencesPatch).returns<Preferences>(),
}
