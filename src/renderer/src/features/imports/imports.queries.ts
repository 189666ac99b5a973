import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '@shared/contract'
import { useApi } from '../../api/ApiProvider'

export const importKeys = {
  batches: ['imports', 'batches'] as const,
  job: (jobId: number) => ['imports', 'job', jobId] as const,
}

export function useImportBatches() {
  const api = useApi()
  return useQuery({ queryKey: importKeys.batches, queryFn: () => api.call('imports.batches', {}) })
}

export function usePickImportFile() {
  const api = useApi()
  return useMutation({ mutationFn: () => api.call('imports.pickFile', {}) })
}

/** Reads the picked file again with another header row or encoding. */
export function useReadFile() {
  const api = useApi()
  return useMutation({ mutationFn: (input: InputOf<'imports.readFile'>) => api.call('imports.readFile', input) })
}

export function useStartImport() {
  const api = useApi()
  return useMutation({ mutationFn: (input: InputOf<'imports.start'>) => api.call('imports.start', input) })
}

/** A job's state, polled while it runs (a few times a second) and then left alone. */
export function useImportJob(jobId: number | null) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useQuery({
    queryKey: importKeys.job(jobId ?? 0),
    enabled: jobId !== null,
    queryFn: async () => {
      const state = await api.call('imports.progress', { jobId: jobId as number })
      // A finished import changed leads, campaigns and stages everywhere: refetch them all.
      if (state.status === 'done' && state.phase === 'import') void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'imports' || query.queryKey[1] === 'batches' })
      return state
    },
    refetchInterval: (query) => (query.state.data?.status === 'running' || !query.state.data ? 250 : false),
    staleTime: Infinity,
  })
}

export function useCancelImport() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (jobId: number) => api.call('imports.cancel', { jobId }),
    onSuccess: (_state, jobId) => queryClient.invalidateQueries({ queryKey: importKeys.job(jobId) }),
  })
}

export function useSaveRejected() {
  const api = useApi()
  return useMutation({ mutationFn: (jobId: number) => api.call('imports.saveRejected', { jobId }) })
}

export function useSaveSkipped() {
  const api = useApi()
  return useMutation({ mutationFn: (jobId: number) => api.call('imports.saveSkipped', { jobId }) })
}

export function useUndoImport() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (batchId: number) => api.call('imports.undo', { batchId }),
    onSuccess: () => queryClient.invalidateQueries(),
  })
}

/** The file's campaign, stage and owner values Baton does not know (one pass over the file in main). */
export function useUnknownValues() {
  const api = useApi()
  return useMutation({ mutationFn: (input: InputOf<'imports.unknownValues'>) => api.call('imports.unknownValues', input) })
}
