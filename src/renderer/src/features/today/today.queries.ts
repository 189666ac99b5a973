import { useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider'
import { endOfLocalToday } from '../lead-detail/localTime'

/**
 * Open follow-ups due by the end of the person's local day. The key starts with
 * 'followUps', which useInvalidateLeads() refreshes after any lead or activity write.
 */
export function useFollowUpsToday() {
  const api = useApi()
  const until = endOfLocalToday()
  return useQuery({ queryKey: ['followUps', 'today', until], queryFn: () => api.call('followUps.today', { until }) })
}
