import { z } from 'zod'
import { call } from './define'

export const UI_STATE_MAX_BYTES = 64 * 1024

// Keys under "undo:" hold delete snapshots written by main; the renderer may not touch them.
const UiStateKey = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((key) => !key.startsWith('undo:'), 'That key is reserved')

export const uiStateContract = {
  /** The saved value, or null when nothing was saved under the key. */
  'uiState.get': call(z.object({ key: UiStateKey })).returns<unknown>(),
  /** Saves any JSON value (under 64 KB); null removes the key. */
  'uiState.set': call(
    z.object({
      key: UiStateKey,
      value: z.json().refine((value) => JSON.stringify(value).length < UI_STATE_MAX_BYTES, 'That is too much to save (keep it under 64 KB)'),
    }),
  ).returns<{ key: string }>(),
}
