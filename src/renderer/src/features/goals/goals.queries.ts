import { AppError } from '@shared/errors'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '@shared/contract'
import { useApi } from '../../api/ApiProvider'

export const goalKeys = {
  all: ['goals'] as const,
  list: (archived: boolean) => ['goals', 'list', archived] as const,
  detail: (id: number) => ['goals', 'detail', id] as const,
  burnUp: (id: number) => ['goals', 'burnUp', id] as const,
  contributors: (id: number) => ['goals', 'contributors', id] as const,
  chips: (place: InputOf<'goals.chips'>) => ['goals', 'chips', place] as const,
  achievability: (query: InputOf<'goals.achievability'> | null) => ['goals', 'achievability', query] as const,
}

export function useGoals(archived: boolean) {
  const api = useApi()
  return useQuery({ queryKey: goalKeys.list(archived), queryFn: () => api.call('goals.list', { archived }) })
}

export function useGoal(id: number) {
  const api = useApi()
  return useQuery({ queryKey: goalKeys.detail(id), queryFn: () => api.call('goals.get', { id }) })
}

export function useGoalBurnUp(id: number) {
  const api = useApi()
  return useQuery({ queryKey: goalKeys.burnUp(id), queryFn: () => api.call('goals.burnUp', { id }) })
}

export function useGoalContributors(id: number) {
  const api = useApi()
  return useQuery({ queryKey: goalKeys.contributors(id), queryFn: () => api.call('goals.contributors', { id }) })
}

export function useGoalChips(place: InputOf<'goals.chips'> | null) {
  const api = useApi()
  return useQuery({ queryKey: goalKeys.chips(place ?? { pipelineId: 0 }), queryFn: () => api.call('goals.chips', place as InputOf<'goals.chips'>), enabled: place !== null })
}

/** The achievability check for what the editor holds now; null while the draft lacks a metric, target or dates. */
export function useAchievability(query: InputOf<'goals.achievability'> | null) {
  const api = useApi()
  return useQuery({
    queryKey: goalKeys.achievability(query),
    queryFn: () => api.call('goals.achievability', query as InputOf<'goals.achievability'>),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  })
}

function useGoalMutation<I, R>(run: (input: I) => Promise<R>) {
  const queryClient = useQueryClient()
  const invalidate = () => queryClient.invalidateQueries({ queryKey: goalKeys.all })
  return useMutation({
    mutationFn: run,
    onSuccess: invalidate,
    // Refused because someone saved first: show what they saved (the editor keeps what was typed).
    onError: (error) => (error instanceof AppError && error.code === 'stale' ? invalidate() : undefined),
  })
}

export function useSaveGoal() {
  const api = useApi()
  return useGoalMutation(({ id, fields, basedOnVersion }: { id: number | null; fields: InputOf<'goals.create'>; basedOnVersion?: number }) =>
    id === null ? api.call('goals.create', fields) : api.call('goals.update', { id, fields, ...(basedOnVersion !== undefined && { basedOnVersion }) }),
  )
}

export function useDeleteGoal() {
  const api = useApi()
  return useGoalMutation((id: number) => api.call('goals.delete', { id }))
}

export function useArchiveGoal() {
  const api = useApi()
  return useGoalMutation((input: InputOf<'goals.archive'>) => api.call('goals.archive', input))
}

export function useRefreezeGoal() {
  const api = useApi()
  return useGoalMutation((id: number) => api.call('goals.refreeze', { id }))
}

export function useAddCheckin() {
  const api = useApi()
  return useGoalMutation((input: InputOf<'goals.addCheckin'>) => api.call('goals.addCheckin', input))
}

export function useDeleteCheckin() {
  const api = useApi()
  return useGoalMutation((id: number) => api.call('goals.deleteCheckin', { id }))
}
