import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider'

export function useSearch(text: string) {
  const api = useApi()
  const trimmed = text.trim()
  return useQuery({
    queryKey: ['search', trimmed],
    queryFn: () => api.call('search.query', { text: trimmed, limit: 6 }),
    enabled: trimmed.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
}
