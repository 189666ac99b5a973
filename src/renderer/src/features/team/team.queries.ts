import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '@shared/contract'
import { useApi } from '../../api/ApiProvider'
import { teamKeys } from '../settings/team.queries'

export const workspaceKeys = {
  status: ['workspace', 'status'] as const,
  access: ['workspace', 'access'] as const,
  addresses: ['workspace', 'addresses'] as const,
}

/** Which workspace is open (solo or team), and this person's role in a team. */
export function useWorkspaceStatus() {
  const api = useApi()
  return useQuery({ queryKey: workspaceKeys.status, queryFn: () => api.call('teamServer.status', {}), staleTime: 60_000 })
}

/** A team viewer reads and exports only: the UI offers no moves (the server would refuse them anyway). */
export function useIsViewer(): boolean {
  const status = useWorkspaceStatus()
  return status.data?.kind === 'team' && status.data.role === 'viewer'
}

export function useTeamAccess(enabled: boolean) {
  const api = useApi()
  return useQuery({ queryKey: workspaceKeys.access, queryFn: () => api.call('teamServer.members', {}), enabled })
}

export function useNetworkAddresses(enabled: boolean) {
  const api = useApi()
  return useQuery({ queryKey: workspaceKeys.addresses, queryFn: () => api.call('teamServer.networkAddresses', {}), enabled })
}

type SwitchMethod = 'teamServer.host' | 'teamServer.useServer' | 'teamServer.join' | 'teamServer.openSolo'

/** Opens another workspace: everything the window shows is read again from it. */
export function useSwitchWorkspace<M extends SwitchMethod>(method: M) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: InputOf<M>) => api.call<M>(method, input),
    onSuccess: async (status) => {
      queryClient.setQueryData(workspaceKeys.status, status)
      await queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== 'workspace' || query.queryKey[1] !== 'status' })
    },
  })
}

type MemberMethod = 'teamServer.invite' | 'teamServer.newPassword' | 'teamServer.setRole' | 'teamServer.remove'

export function useMemberWrite<M extends MemberMethod>(method: M) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: InputOf<M>) => api.call<M>(method, input),
    // The members are also the team list the owner fields pick from.
    onSuccess: () => Promise.all([workspaceKeys.access, teamKeys.all, ['owners']].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  })
}

export function useSaveInvitation() {
  const api = useApi()
  return useMutation({ mutationFn: (memberId: number) => api.call('teamServer.saveInvitation', { memberId }) })
}

export function useOpenInvitation() {
  const api = useApi()
  return useMutation({ mutationFn: () => api.call('teamServer.openInvitation', {}) })
}

export function useProbe() {
  const api = useApi()
  return useMutation({ mutationFn: (input: InputOf<'teamServer.probe'>) => api.call('teamServer.probe', input) })
}

/** "Save an offline copy…": asks where, then writes the team workspace to a solo file. */
export function useSaveOfflineCopy() {
  const api = useApi()
  return useMutation({ mutationFn: () => api.call('teamServer.saveOfflineCopy', {}) })
}
