import { useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider'
import { firmToday } from '../../ui/clock'

/**
 * Open follow-ups due by the end of the firm's today (main works out the end from the firm's time
 * zone). The key starts with 'followUps', which useInvalidateLeads() refreshes after any lead or
 * activity write; it also names the day, so a new day asks again.
 */
export function useFollowUpsToday() {
  const api = useApi()
  return useQuery({ queryKey: ['followUps', 'today', firmToday()], queryFn: () => api.call('followUps.today', {}) })
}
