import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf, Method } from '@shared/contract'
import { useApi } from '../../api/ApiProvider'
import { LEAD_DEPENDENT_KEYS } from '../leads/leads.queries'

export const teamKeys = { all: ['team'] as const, metricSettings: ['metricSettings'] as const }

export function useTeam() {
  const api = useApi()
  return useQuery({ queryKey: teamKeys.all, queryFn: () => api.call('team.list', {}) })
}

/** Active members' names, for the owner pickers. */
export function useOwnerChoices(): string[] {
  const team = useTeam()
  return (team.data ?? []).filter((m) => !m.archived).map((m) => m.name)
}

function useTeamWrite<M extends 'team.add' | 'team.rename' | 'team.setEmail' | 'team.setArchived'>(method: M) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: InputOf<M>) => api.call<M>(method, input),
    // A rename changes the owner on leads, so everything that shows an owner refetches.
    onSuccess: () => Promise.all([teamKeys.all, ['owners'], ...LEAD_DEPENDENT_KEYS].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  })
}

export const useAddMember = () => useTeamWrite('team.add')
export const useRenameMember = () => useTeamWrite('team.rename')
export const useSetMemberArchived = () => useTeamWrite('team.setArchived')

export function useMetricSettings() {
  const api = useApi()
  return useQuery({ queryKey: teamKeys.metricSettings, queryFn: () => api.call('metrics.settings', {}) })
}

export function useSetQualifiedStage() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: InputOf<'metrics.setQualifiedStage'>) => api.call('metrics.setQualifiedStage', input),
    onSuccess: (next) => queryClient.setQueryData(teamKeys.metricSettings, next),
  })
}

export type TeamMethod = Extract<Method, `team.${string}`>
