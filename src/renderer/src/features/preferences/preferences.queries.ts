import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '@shared/contract'
import { useApi } from '../../api/ApiProvider'

export const preferencesKeys = { all: ['preferences'] as const, team: ['team'] as const }

export function usePreferences() {
  const api = useApi()
  return useQuery({ queryKey: preferencesKeys.all, queryFn: () => api.call('preferences.get', {}), staleTime: Infinity })
}

export function useUpdatePreferences() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (patch: InputOf<'preferences.update'>) => api.call('preferences.update', patch),
    onSuccess: (next) => queryClient.setQueryData(preferencesKeys.all, next),
  })
}
