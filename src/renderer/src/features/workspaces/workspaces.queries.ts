import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { WorkspaceStatus } from '@shared/contract/teamServer'
import { useApi } from '../../api/ApiProvider'
import { workspaceKeys } from '../team/team.queries'

const recentKey = ['workspaces', 'recent'] as const

/** The workspaces opened on this computer, most recent first. */
export function useRecentWorkspaces() {
  const api = useApi()
  return useQuery({ queryKey: recentKey, queryFn: () => api.call('workspaces.recent', {}) })
}

/**
 * Opens a workspace of the list (`key`) or a solo folder the person picks (no key). Once it is
 * open, everything the window shows is read again from it.
 */
export function useOpenWorkspace() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (key: string | null): Promise<WorkspaceStatus | null> => (key === null ? api.call('workspaces.openFolder', {}) : api.call('workspaces.open', { key })),
    onSuccess: async (status) => {
      if (!status) return
      queryClient.setQueryData(workspaceKeys.status, status)
      await queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== 'workspace' || query.queryKey[1] !== 'status' })
    },
  })
}

export function useForgetWorkspace() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (key: string) => api.call('workspaces.forget', { key }),
    onSuccess: (recent) => queryClient.setQueryData(recentKey, recent),
  })
}
