import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { AppError } from '@shared/errors'
import { useApi } from '../../api/ApiProvider'

export const backupKeys = { list: ['backups'] as const, recovery: ['recovery'] as const, checked: ['recovery', 'checked'] as const }

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

/**
 * The recovery status once the data file's integrity check has finished: a file that needs no
 * migration opens before its check ends, so the first answer can change. `since` keys the
 * question to the quick status it follows, so a restore asks afresh.
 */
export function useCheckedStatus(enabled: boolean, since: number) {
  const api = useApi()
  return useQuery({ queryKey: [...backupKeys.checked, since], queryFn: () => api.call('recovery.checked', {}), staleTime: Infinity, enabled })
}

const isDamage = (error: unknown) => error instanceof AppError && error.code === 'damaged'

/** Any call that answers "the data file is damaged" asks for the recovery status again, so the recovery screen shows. */
export function useDamageWatch() {
  const queryClient = useQueryClient()
  useEffect(() => {
    const recheck = (event: { type: string; action?: { type: string; error?: unknown } }) => {
      if (event.type === 'updated' && event.action?.type === 'error' && isDamage(event.action.error)) {
        void queryClient.invalidateQueries({ queryKey: backupKeys.recovery, exact: true })
      }
    }
    const stopQueries = queryClient.getQueryCache().subscribe(recheck)
    const stopMutations = queryClient.getMutationCache().subscribe(recheck)
    return () => {
      stopQueries()
      stopMutations()
    }
  }, [queryClient])
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
