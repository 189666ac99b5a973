import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '@shared/contract'
import { useApi } from '../../api/ApiProvider'

export const campaignKeys = {
  all: ['campaigns'] as const,
  list: (query: InputOf<'campaigns.list'>) => ['campaigns', 'list', query] as const,
  segments: ['segments'] as const,
}

export function useCampaigns(query: InputOf<'campaigns.list'> = {}) {
  const api = useApi()
  return useQuery({ queryKey: campaignKeys.list(query), queryFn: () => api.call('campaigns.list', query) })
}

export function useSegments() {
  const api = useApi()
  return useQuery({ queryKey: campaignKeys.segments, queryFn: () => api.call('segments.list', {}) })
}

export function useSaveCampaign() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, fields }: { id: number | null; fields: InputOf<'campaigns.create'> }) =>
      id === null ? api.call('campaigns.create', fields) : api.call('campaigns.update', { id, fields }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
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
