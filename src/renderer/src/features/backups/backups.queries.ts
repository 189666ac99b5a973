import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider'

export const backupKeys = { list: ['backups'] as const, recovery: ['recovery'] as const }

export function useBackups() {
  const api = useApi()
  return useQuery({ queryKey: backupKeys.list, queryFn: () => api.call('backups.list', {}) })
}

function useBackupWrite<T>(write: () => Promise<T>, everything = false) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: write,
    // A restore swaps the whole file: every query is stale.
    onSuccess: () => (everything ? queryClient.invalidateQueries() : queryClient.invalidateQueries({ queryKey: backupKeys.list })),
  })
}

export function useBackUpNow() {
  const api = useApi()
  return useBackupWrite(() => api.call('backups.create', {}))
}

export function useChooseBackupFolder() {
  const api = useApi()
  return useBackupWrite(() => api.call('backups.chooseFolder', {}))
}

export function useOpenBackupFolder() {
  const api = useApi()
  return useMutation({ mutationFn: () => api.call('backups.openFolder', {}) })
}

export function useRestoreBackup() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: (name: string) => api.call('backups.restore', { name }), onSuccess: () => queryClient.invalidateQueries() })
}

export function useRecoveryStatus() {
  const api = useApi()
  return useQuery({ queryKey: backupKeys.recovery, queryFn: () => api.call('recovery.status', {}), staleTime: Infinity })
}

export function useRecover() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (how: 'restore' | 'fresh'): Promise<void> => {
      if (how === 'restore') await api.call('recovery.restoreNewest', {})
      else await api.call('recovery.startFresh', {})
    },
    onSuccess: () => queryClient.invalidateQueries(),
  })
}
