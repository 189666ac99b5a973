import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '@shared/contract'
import type { MergeKind } from '@shared/domain/merges'
import { useApi } from '../../api/ApiProvider'

// Merging duplicates: the suggested pairs, the two records side by side, the merge and its undo.
// A merge moves deals and people, so it refreshes every list that shows who a deal is with.

const STALE_AFTER_MERGE = [['merges'], ['people'], ['organizations'], ['leads'], ['table'], ['board'], ['metrics'], ['search']]

function useRefreshAfterMerge() {
  const queryClient = useQueryClient()
  return async () => {
    for (const key of STALE_AFTER_MERGE) await queryClient.invalidateQueries({ queryKey: key })
  }
}

export function useDuplicates(kind: MergeKind) {
  const api = useApi()
  return useQuery({ queryKey: ['merges', 'duplicates', kind], queryFn: () => api.call('merges.duplicates', { kind }) })
}

export function useMergeHistory(kind: MergeKind, id: number) {
  const api = useApi()
  return useQuery({ queryKey: ['merges', 'history', kind, id], queryFn: () => api.call('merges.history', { kind, id }) })
}

/** One side of the merge dialog: the record and how many deals it has. */
export function useMergeSide(kind: MergeKind, id: number) {
  const api = useApi()
  return useQuery({
    queryKey: ['merges', 'side', kind, id],
    queryFn: async () =>
      kind === 'person'
        ? { kind, record: await api.call('people.get', { id }), deals: (await api.call('people.leads', { id })).length }
        : { kind, record: await api.call('organizations.get', { id }), deals: (await api.call('organizations.leads', { id })).length },
  })
}

export function useDismissDuplicate() {
  const api = useApi()
  const refresh = useRefreshAfterMerge()
  return useMutation({ mutationFn: (input: InputOf<'merges.dismiss'>) => api.call('merges.dismiss', input), onSuccess: refresh })
}

export function useMerge() {
  const api = useApi()
  const refresh = useRefreshAfterMerge()
  return useMutation({ mutationFn: (input: InputOf<'merges.merge'>) => api.call('merges.merge', input), onSuccess: refresh })
}

export function useUndoMerge() {
  const api = useApi()
  const refresh = useRefreshAfterMerge()
  return useMutation({ mutationFn: (mergeId: number) => api.call('merges.undo', { mergeId }), onSuccess: refresh })
}

/**
 * Undo as a plain function, for a toast's Undo: the toast outlives the dialog that showed it,
 * and a mutation hook's callbacks stop once its component is gone.
 */
export function useUndoMergeLater() {
  const api = useApi()
  const refresh = useRefreshAfterMerge()
  return async (mergeId: number) => {
    const undone = await api.call('merges.undo', { mergeId })
    await refresh()
    return undone
  }
}
