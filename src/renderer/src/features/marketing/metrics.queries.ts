import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { InputOf } from '@shared/contract'
import { useApi } from '../../api/ApiProvider'

/** Metric inputs grouped by channel, segment, campaign, owner or time bucket (under 'metrics', so a model change refreshes them). */
export function useMetricsBy(input: InputOf<'metrics.by'>) {
  const api = useApi()
  return useQuery({ queryKey: ['metrics', 'by', input], queryFn: () => api.call('metrics.by', input), placeholderData: keepPreviousData })
}
