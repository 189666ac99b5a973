import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '@shared/contract'
import type { Preferences } from '@shared/domain/preferences'
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
    // Shown at once (a radio button must not lag its click); put back if main refuses.
    onMutate: (patch) => {
      const before = queryClient.getQueryData<Preferences>(preferencesKeys.all)
      if (before) queryClient.setQueryData<Preferences>(preferencesKeys.all, { ...before, ...(patch as Partial<Preferences>) })
      return { before }
    },
    onError: (_error, _patch, context) => {
      if (context?.before) queryClient.setQueryData(preferencesKeys.all, context.before)
    },
    onSuccess: (next) => queryClient.setQueryData(preferencesKeys.all, next),
  })
}
