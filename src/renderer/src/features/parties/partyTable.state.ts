import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { OnChangeFn, SortingState } from '@tanstack/react-table'
import { z } from 'zod'
import { useApi } from '../../api/ApiProvider'
import { isCustomColumnId } from '../custom-fields/customColumns'

// A people or organisations table's sort, saved in the workspace like its columns, so the
// table opens the way it was left.

const SavedSort = z.object({ id: z.string(), desc: z.boolean() })

/**
 * The table's saved sort, over the columns main can sort by (`sortable`, and custom fields); name A–Z until one is
 * saved. `ready` is false until the saved sort is read, so rows are not fetched twice.
 */
export function usePartySorting<Column extends string>(storageKey: string, sortable: readonly Column[]) {
  const api = useApi()
  const queryClient = useQueryClient()
  const key = ['uiState', storageKey] as const
  const saved = useQuery({ queryKey: key, queryFn: () => api.call('uiState.get', { key: storageKey }), staleTime: Infinity })
  const mutation = useMutation({
    mutationFn: (next: { id: string; desc: boolean }) => api.call('uiState.set', { key: storageKey, value: next }),
    onMutate: (next) => queryClient.setQueryData(key, next),
  })
  const parsed = SavedSort.safeParse(saved.data)
  const current = parsed.success && ((sortable as readonly string[]).includes(parsed.data.id) || isCustomColumnId(parsed.data.id)) ? parsed.data : { id: 'name', desc: false }
  const sorting: SortingState = [current]
  const onSortingChange: OnChangeFn<SortingState> = (updater) => {
    const [first] = typeof updater === 'function' ? updater(sorting) : updater
    // Sorting has no "off" here: a third click goes back to name A–Z.
    mutation.mutate(first ? { id: first.id, desc: first.desc } : { id: 'name', desc: false })
  }
  const server = { column: current.id as Column, direction: current.desc ? ('desc' as const) : ('asc' as const) }
  return { sorting, onSortingChange, ready: saved.isFetched, server }
}
