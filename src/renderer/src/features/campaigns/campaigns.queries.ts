import { AppError } from '@shared/errors'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '@shared/contract'
import { useApi } from '../../api/ApiProvider'

export const campaignKeys = {
  all: ['campaigns'] as const,
  list: (query: InputOf<'campaigns.list'>) => ['campaigns', 'list', query] as const,
  table: (query: InputOf<'campaigns.table'>) => ['campaigns', 'table', query] as const,
  segments: ['segments'] as const,
  metrics: ['metrics'] as const,
}

export function useCampaigns(query: InputOf<'campaigns.list'> = {}) {
  const api = useApi()
  return useQuery({ queryKey: campaignKeys.list(query), queryFn: () => api.call('campaigns.list', query) })
}

/** Every campaign with its figures for a period; keeps the old rows on screen while a new sort loads. */
export function useCampaignTable(query: InputOf<'campaigns.table'>) {
  const api = useApi()
  return useQuery({ queryKey: campaignKeys.table(query), queryFn: () => api.call('campaigns.table', query), placeholderData: keepPreviousData })
}

export function useSegments() {
  const api = useApi()
  return useQuery({ queryKey: campaignKeys.segments, queryFn: () => api.call('segments.list', {}) })
}

export function useSaveCampaign() {
  const api = useApi()
  const queryClient = useQueryClient()
  const invalidate = () => queryClient.invalidateQueries({ queryKey: campaignKeys.all })
  return useMutation({
    mutationFn: ({ id, fields, basedOnVersion }: { id: number | null; fields: InputOf<'campaigns.create'>; basedOnVersion?: number }) =>
      id === null ? api.call('campaigns.create', fields) : api.call('campaigns.update', { id, fields, ...(basedOnVersion !== undefined && { basedOnVersion }) }),
    onSuccess: invalidate,
    // Refused because someone saved first: show what they saved (the editor keeps what was typed).
    onError: (error) => (error instanceof AppError && error.code === 'stale' ? invalidate() : undefined),
  })
}

export function useDeleteCampaign() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: number) => api.call('campaigns.delete', { id }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: campaignKeys.all })
      await queryClient.invalidateQueries({ queryKey: ['leads'] })
    },
  })
}

export function useCreateSegment() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (name: string) => api.call('segments.create', { name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.segments }),
  })
}

export function useMetricSettings() {
  const api = useApi()
  return useQuery({ queryKey: [...campaignKeys.metrics, 'settings'], queryFn: () => api.call('metrics.settings', {}) })
}

/** Changing the model changes every revenue figure: refresh all of them. */
export function useSetAttribution() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (model: InputOf<'metrics.setAttribution'>['model']) => api.call('metrics.setAttribution', { model }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: campaignKeys.metrics })
      await queryClient.invalidateQueries({ queryKey: campaignKeys.all })
    },
  })
}
