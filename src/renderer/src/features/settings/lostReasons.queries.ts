import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf, Method } from '@shared/contract'
import { useApi } from '../../api/ApiProvider'

// The same key the board's and the table's "Why was it lost?" pickers read, so an edit here shows there at once.
export const lostReasonKeys = { all: ['lostReasons'] as const }

export function useLostReasons() {
  const api = useApi()
  return useQuery({ queryKey: lostReasonKeys.all, queryFn: () => api.call('lostReasons.list', {}) })
}

function useLostReasonWrite<M extends Method>(method: M) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: InputOf<M>) => api.call(method, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: lostReasonKeys.all }),
  })
}

export const useCreateLostReason = () => useLostReasonWrite('lostReasons.create')
export const useRenameLostReason = () => useLostReasonWrite('lostReasons.rename')
export const useArchiveLostReason = () => useLostReasonWrite('lostReasons.archive')
