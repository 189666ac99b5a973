import { useMutation, useQuery } from '@tanstack/react-query'
import type { InputOf } from '@shared/contract'
import { useApi } from '../../api/ApiProvider'
import { useInvalidateLeads } from '../leads/leads.queries'

export const touchKeys = { list: (leadId: number) => ['lead', leadId, 'touches'] as const }

export function useTouches(leadId: number) {
  const api = useApi()
  return useQuery({ queryKey: touchKeys.list(leadId), queryFn: () => api.call('touchpoints.list', { leadId }) })
}

/** A touch can change the lead's source and every campaign's figures: refresh what depends on leads. */
export function useAddTouch() {
  const api = useApi()
  const invalidate = useInvalidateLeads()
  return useMutation({ mutationFn: (input: InputOf<'touchpoints.add'>) => api.call('touchpoints.add', input), onSuccess: invalidate })
}

export function useDeleteTouch() {
  const api = useApi()
  const invalidate = useInvalidateLeads()
  return useMutation({ mutationFn: (id: number) => api.call('touchpoints.delete', { id }), onSuccess: invalidate })
}
