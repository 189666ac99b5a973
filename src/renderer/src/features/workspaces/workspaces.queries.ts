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

/** What to open: a workspace of the list, or a solo folder or file the person picks. */
export type OpenChoice = { key: string } | 'folder' | 'file'

/** Opens a workspace; once it is open, everything the window shows is read again from it. */
export function useOpenWorkspace() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (choice: OpenChoice): Promise<WorkspaceStatus | null> =>
      choice === 'folder' ? api.call('workspaces.openFolder', {}) : choice === 'file' ? api.call('workspaces.openFile', {}) : api.call('workspaces.open', choice),
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
