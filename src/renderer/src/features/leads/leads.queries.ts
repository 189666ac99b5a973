import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '@shared/contract'
import { useApi } from '../../api/ApiProvider'

export const leadKeys = {
  all: ['leads'] as const,
  list: (query: InputOf<'leads.list'>) => ['leads', 'list', query] as const,
  pipelines: ['pipelines'] as const,
  workspace: ['workspace'] as const,
}

export function useLeadList(query: InputOf<'leads.list'>) {
  const api = useApi()
  return useQuery({ queryKey: leadKeys.list(query), queryFn: () => api.call('leads.list', query), placeholderData: keepPreviousData })
}

export function usePipelines() {
  const api = useApi()
  return useQuery({ queryKey: leadKeys.pipelines, queryFn: () => api.call('pipelines.list', {}), staleTime: 60_000 })
}

export function useWorkspaceInfo() {
  const api = useApi()
  return useQuery({ queryKey: leadKeys.workspace, queryFn: () => api.call('app.info', {}) })
}

/** Every query a lead write can change: lists, the board, the table, one lead's detail, follow-ups, counts, campaign numbers. */
export const LEAD_DEPENDENT_KEYS = [['leads'], ['board'], ['table'], ['lead'], ['followUps'], ['workspace'], ['campaigns'], ['metrics'], ['segments']] as const

export function useInvalidateLeads() {
  const queryClient = useQueryClient()
  return () => Promise.all(LEAD_DEPENDENT_KEYS.map((queryKey) => queryClient.invalidateQueries({ queryKey })))
}

export function useCreateLead() {
  const api = useApi()
  const invalidate = useInvalidateLeads()
  return useMutation({ mutationFn: (input: InputOf<'leads.create'>) => api.call('leads.create', input), onSuccess: invalidate })
}

export function useLoadSample() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: () => api.call('app.loadSample', { leads: 400 }), onSuccess: () => queryClient.invalidateQueries() })
}
