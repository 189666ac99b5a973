import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf, Method, ResultOf } from '@shared/contract'
import { useApi } from '../../api/ApiProvider'
import { leadKeys, useInvalidateLeads } from '../leads/leads.queries'

/**
 * Any write to pipelines or stages: afterwards the pipeline list and everything that
 * shows leads (board columns, table stage names, counts) is fetched again.
 */
function usePipelineWrite<M extends Method>(method: M) {
  const api = useApi()
  const queryClient = useQueryClient()
  const invalidateLeads = useInvalidateLeads()
  return useMutation<ResultOf<M>, Error, InputOf<M>>({
    mutationFn: (input) => api.call(method, input),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: leadKeys.pipelines }), invalidateLeads()]),
  })
}

export const useCreatePipeline = () => usePipelineWrite('pipelines.create')
export const useRenamePipeline = () => usePipelineWrite('pipelines.rename')
export const useDeletePipeline = () => usePipelineWrite('pipelines.delete')
export const useCreateStage = () => usePipelineWrite('stages.create')
export const useUpdateStage = () => usePipelineWrite('stages.update')
export const useReorderStages = () => usePipelineWrite('stages.reorder')
export const useDeleteStage = () => usePipelineWrite('stages.delete')

/** How many leads sit in a stage (snoozed ones too), to know whether deleting it must move them. */
export function useStageLeadCount(stageId: number) {
  const api = useApi()
  return useQuery({
    queryKey: ['leads', 'stageCount', stageId],
    queryFn: async () => (await api.call('leads.list', { stageId, limit: 1 })).total,
    staleTime: 0,
  })
}
