import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { useApi } from '../api/ApiProvider'

// Shown, hidden and ordered columns of a table, saved per table in ui_state.
// Shared by every table whose columns the person can arrange (leads, campaigns…).

// A type alias, not an interface: only an alias counts as plain JSON for uiState.set.
export type ColumnLayout<Id extends string = string> = {
  order: Id[]
  hidden: Id[]
}

export interface ColumnSet<Id extends string> {
  ids: readonly Id[]
  labels: Record<Id, string>
  /** Columns a row is recognised by: they cannot be hidden. */
  alwaysShown: ReadonlySet<Id>
  /** Hidden until the person ticks them. */
  hiddenByDefault?: readonly Id[]
}

export const defaultLayout = <Id extends string>(set: ColumnSet<Id>): ColumnLayout<Id> => ({ order: [...set.ids], hidden: [...(set.hiddenByDefault ?? [])] })

const SavedLayout = z.object({ order: z.array(z.string()), hidden: z.array(z.string()) })

/**
 * The saved layout comes from disk and may be from another version of Baton: unknown
 * columns are dropped and columns added since are put at the end, shown.
 */
export function parseColumnLayout<Id extends string>(set: ColumnSet<Id>, saved: unknown): ColumnLayout<Id> {
  const parsed = SavedLayout.safeParse(saved)
  if (!parsed.success) return defaultLayout(set)
  const isId = (id: string): id is Id => (set.ids as readonly string[]).includes(id)
  const order = [...new Set(parsed.data.order.filter(isId))]
  for (const id of set.ids) if (!order.includes(id)) order.push(id)
  const hidden = parsed.data.hidden.filter(isId).filter((id) => !set.alwaysShown.has(id))
  return { order, hidden }
}

export function toggleLayoutColumn<Id extends string>(set: ColumnSet<Id>, layout: ColumnLayout<Id>, id: Id): ColumnLayout<Id> {
  if (set.alwaysShown.has(id)) return layout
  const hidden = layout.hidden.includes(id) ? layout.hidden.filter((h) => h !== id) : [...layout.hidden, id]
  return { ...layout, hidden }
}

export function moveLayoutColumn<Id extends string>(layout: ColumnLayout<Id>, id: Id, by: -1 | 1): ColumnLayout<Id> {
  const from = layout.order.indexOf(id)
  const to = from + by
  if (from < 0 || to < 0 || to >= layout.order.length) return layout
  const order = [...layout.order]
  order.splice(from, 1)
  order.splice(to, 0, id)
  return { ...layout, order }
}

/** The table's saved layout (the default until one is saved) and a way to save a new one. */
export function useSavedColumnLayout<Id extends string>(set: ColumnSet<Id>, storageKey: string): { layout: ColumnLayout<Id>; save: (next: ColumnLayout<Id>) => void; error: unknown } {
  const api = useApi()
  const queryClient = useQueryClient()
  const key = ['uiState', storageKey] as const
  const saved = useQuery({
    queryKey: key,
    queryFn: () => api.call('uiState.get', { key: storageKey }),
    // Only this window writes the layout, so what we hold is never out of date.
    staleTime: Infinity,
  })
  const mutation = useMutation({
    mutationFn: (next: ColumnLayout<Id>) => api.call('uiState.set', { key: storageKey, value: next }),
    onMutate: (next) => queryClient.setQueryData(key, next),
  })
  return {
    layout: saved.data === undefined ? defaultLayout(set) : parseColumnLayout(set, saved.data),
    save: (next) => mutation.mutate(next),
    error: mutation.error,
  }
}
