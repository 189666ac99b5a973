import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '@shared/contract'
import { useApi } from '../../api/ApiProvider'

export { useSegments } from '../campaigns/campaigns.queries'

/** A segment change shows on leads, campaigns and every figure by segment: refresh them all. */
function useRefreshAfterSegmentChange() {
  const queryClient = useQueryClient()
  return async () => {
    for (const key of [['segments'], ['campaigns'], ['metrics'], ['leads'], ['table'], ['board']]) await queryClient.invalidateQueries({ queryKey: key })
  }
}

export function useSaveSegment() {
  const api = useApi()
  const refresh = useRefreshAfterSegmentChange()
  return useMutation({
    mutationFn: ({ id, fields }: { id: number | null; fields: InputOf<'segments.create'> }) =>
      id === null ? api.call('segments.create', fields) : api.call('segments.update', { id, fields }),
    onSuccess: refresh,
  })
}

export function useDeleteSegment() {
  const api = useApi()
  const refresh = useRefreshAfterSegmentChange()
  return useMutation({ mutationFn: (id: number) => api.call('segments.delete', { id }), onSuccess: refresh })
}
