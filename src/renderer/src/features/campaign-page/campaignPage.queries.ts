import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '@shared/contract'
import { useApi } from '../../api/ApiProvider'
import { campaignKeys } from '../campaigns/campaigns.queries'

// Under ['campaigns'], so every write that refreshes the campaign list (a lead created, moved
// or won in the drawer) refreshes an open campaign page too.
export const campaignPageKeys = {
  all: (id: number) => ['campaigns', 'one', id] as const,
  page: (id: number) => ['campaigns', 'one', id, 'page'] as const,
  ledger: (id: number) => ['campaigns', 'one', id, 'spend'] as const,
  snapshots: (id: number) => ['campaigns', 'one', id, 'snapshots'] as const,
}

export function useCampaignPage(id: number) {
  const api = useApi()
  return useQuery({ queryKey: campaignPageKeys.page(id), queryFn: () => api.call('campaignPage.load', { id }) })
}

export function useSpendLedger(campaignId: number) {
  const api = useApi()
  return useQuery({ queryKey: campaignPageKeys.ledger(campaignId), queryFn: () => api.call('campaignSpend.ledger', { campaignId }) })
}

export function useSnapshots(campaignId: number) {
  const api = useApi()
  return useQuery({ queryKey: campaignPageKeys.snapshots(campaignId), queryFn: () => api.call('campaignSnapshots.list', { campaignId }) })
}

/** After any change on the page: its own data and the campaign list's figures (all under ['campaigns']). */
function useRefresh() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: campaignKeys.all })
}

type SpendFields = InputOf<'campaignSpend.create'>['fields']

export function useSaveSpend(campaignId: number) {
  const api = useApi()
  const refresh = useRefresh()
  return useMutation({
    mutationFn: ({ id, fields }: { id: number | null; fields: SpendFields }) =>
      id === null ? api.call('campaignSpend.create', { campaignId, fields }) : api.call('campaignSpend.update', { id, fields }),
    onSuccess: refresh,
  })
}

export function useDeleteSpend() {
  const api = useApi()
  const refresh = useRefresh()
  return useMutation({ mutationFn: (id: number) => api.call('campaignSpend.delete', { id }), onSuccess: refresh })
}

export function useSaveSnapshots(campaignId: number) {
  const api = useApi()
  const refresh = useRefresh()
  return useMutation({
    mutationFn: (days: InputOf<'campaignSnapshots.save'>['days']) => api.call('campaignSnapshots.save', { campaignId, days }),
    onSuccess: refresh,
  })
}

export function useUpdateSnapshot() {
  const api = useApi()
  const refresh = useRefresh()
  return useMutation({
    mutationFn: ({ id, fields }: InputOf<'campaignSnapshots.update'>) => api.call('campaignSnapshots.update', { id, fields }),
    onSuccess: refresh,
  })
}

export function useDeleteSnapshot() {
  const api = useApi()
  const refresh = useRefresh()
  return useMutation({ mutationFn: (id: number) => api.call('campaignSnapshots.delete', { id }), onSuccess: refresh })
}

export function useUpdateCampaign(campaignId: number) {
  const api = useApi()
  const refresh = useRefresh()
  return useMutation({ mutationFn: (fields: InputOf<'campaigns.update'>['fields']) => api.call('campaigns.update', { id: campaignId, fields }), onSuccess: refresh })
}
