import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '@shared/contract'
import type { BoardFilters } from '@shared/contract/board'
import { useApi } from '../../api/ApiProvider'
import { errorMessage } from '../../api/errors'
import { useToast } from '../../ui/Toast'
import { useInvalidateLeads } from '../leads/leads.queries'
import type { OnChangeFn, SortingState } from '@tanstack/react-table'
import type { CustomField } from '@shared/domain/customFields'
import { useSavedColumnLayout } from '../../ui/columnLayout'
import { withCustomColumns } from '../custom-fields/customColumns'
import { LEAD_COLUMN_SET, parseSorting, type ColumnLayout, type SavedSorting } from './columnLayout'
import { leadsCount } from './count'

export const PAGE_SIZE = 100
export const LAYOUT_KEY = 'leadTable.columns'
export const SORT_KEY = 'leadTable.sort'

export type TableSort = NonNullable<InputOf<'leads.table'>['sort']>

export const tableKeys = {
  all: ['table'] as const,
  rows: (pipelineId: number, filters: BoardFilters, sort: TableSort | null) => ['table', 'rows', { pipelineId, filters, sort }] as const,
  uiState: (key: string) => ['uiState', key] as const,
  lostReasons: ['lostReasons'] as const,
  // Under 'leads' so every lead write refreshes the suggestions too.
  owners: ['leads', 'owners'] as const,
  tags: ['leads', 'tags'] as const,
}

/** The table's rows, a page of 100 at a time, sorted and filtered by main. */
export function useLeadTableRows(pipelineId: number, filters: BoardFilters, sort: TableSort | null, enabled = true) {
  const api = useApi()
  return useInfiniteQuery({
    enabled,
    queryKey: tableKeys.rows(pipelineId, filters, sort),
    queryFn: ({ pageParam }) =>
      api.call('leads.table', { pipelineId, filters, ...(sort && { sort }), offset: pageParam, limit: PAGE_SIZE }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.rows.length, 0)
      return last.rows.length > 0 && loaded < last.total ? loaded : undefined
    },
    // Keep the old rows on screen while a new sort or filter loads, so the table does not flash empty.
    placeholderData: keepPreviousData,
  })
}

/** The lead columns and the live custom fields' columns, for the table and its columns menu. */
export const leadColumnSet = (fields: readonly CustomField[]) => withCustomColumns(LEAD_COLUMN_SET, fields)

/** Which columns show and in what order (custom fields' too), saved in the workspace so it survives a restart. */
export function useColumnLayout(fields: readonly CustomField[] = []): { layout: ColumnLayout; save: (next: ColumnLayout) => void; error: unknown } {
  return useSavedColumnLayout(leadColumnSet(fields), LAYOUT_KEY)
}

/**
 * The table's sort, saved in the workspace like its columns. `ready` is false until the
 * saved sort is read, so the rows are not fetched once unsorted and again sorted.
 */
export function useTableSorting(): { sorting: SortingState; onSortingChange: OnChangeFn<SortingState>; ready: boolean } {
  const api = useApi()
  const queryClient = useQueryClient()
  const key = tableKeys.uiState(SORT_KEY)
  const saved = useQuery({ queryKey: key, queryFn: () => api.call('uiState.get', { key: SORT_KEY }), staleTime: Infinity })
  const mutation = useMutation({
    mutationFn: (next: SavedSorting) => api.call('uiState.set', { key: SORT_KEY, value: next }),
    onMutate: (next) => queryClient.setQueryData(key, next),
  })
  const current = parseSorting(saved.data)
  const sorting: SortingState = current ? [current] : []
  return {
    sorting,
    ready: saved.isFetched,
    onSortingChange: (updater) => {
      const [first] = typeof updater === 'function' ? updater(sorting) : updater
      mutation.mutate(first ? parseSorting(first) : null)
    },
  }
}

export function useLostReasons() {
  const api = useApi()
  return useQuery({ queryKey: tableKeys.lostReasons, queryFn: () => api.call('lostReasons.list', {}) })
}

export function useOwnerSuggestions() {
  const api = useApi()
  return useQuery({ queryKey: tableKeys.owners, queryFn: () => api.call('leads.owners', {}) })
}

export function useTagSuggestions() {
  const api = useApi()
  return useQuery({ queryKey: tableKeys.tags, queryFn: () => api.call('leads.tags', {}) })
}

export type BulkInput = InputOf<'leads.bulk'>

export function useBulkLeads() {
  const api = useApi()
  const invalidate = useInvalidateLeads()
  return useMutation({ mutationFn: (input: BulkInput) => api.call('leads.bulk', input), onSettled: invalidate })
}

export const UNDO_WINDOW_MS = 10_000

/**
 * Says a bulk delete happened and offers Undo for ten seconds — the reason the delete
 * does not ask "are you sure?" first. The toast outlives the table (switching to the
 * board keeps it), so Undo uses nothing that unmounts with it.
 */
export function useDeletedToast() {
  const api = useApi()
  const invalidate = useInvalidateLeads()
  const toast = useToast()
  return (deleted: number, token: string) => {
    async function undo() {
      try {
        const { restored } = await api.call('leads.undoDelete', { token })
        await invalidate()
        toast.show(`Brought back ${leadsCount(restored)}.`)
      } catch (error) {
        toast.show(`Couldn't bring the leads back: ${errorMessage(error)}`, { tone: 'error' })
      }
    }
    toast.show(`${leadsCount(deleted)} deleted`, { ms: UNDO_WINDOW_MS, action: { label: 'Undo', run: () => void undo() } })
  }
}
