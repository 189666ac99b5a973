import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf, Method } from '@shared/contract'
import { AppError } from '@shared/errors'
import { useApi } from '../../api/ApiProvider'
import { useInvalidateLeads } from '../leads/leads.queries'

// Everything about one lead sits under ['lead', id], which useInvalidateLeads() refreshes
// after any lead write — so an activity added here also updates the board card and Today.
export const leadDetailKeys = {
  lead: (id: number) => ['lead', id] as const,
  history: (id: number) => ['lead', id, 'history'] as const,
  activities: (id: number) => ['lead', id, 'activities'] as const,
  feedback: (id: number) => ['lead', id, 'feedback'] as const,
  emailMatches: (id: number, email: string) => ['lead', id, 'emailMatches', email] as const,
}

export function useLead(id: number) {
  const api = useApi()
  return useQuery({ queryKey: leadDetailKeys.lead(id), queryFn: () => api.call('leads.get', { id }) })
}

export function useLeadHistory(id: number) {
  const api = useApi()
  return useQuery({ queryKey: leadDetailKeys.history(id), queryFn: () => api.call('leads.history', { leadId: id }) })
}

export function useActivities(leadId: number) {
  const api = useApi()
  return useQuery({ queryKey: leadDetailKeys.activities(leadId), queryFn: () => api.call('activities.list', { leadId }) })
}

export function useFeedback(leadId: number) {
  const api = useApi()
  return useQuery({ queryKey: leadDetailKeys.feedback(leadId), queryFn: () => api.call('feedback.list', { leadId }) })
}

/** Other leads with the same email, for a gentle "already in Baton" hint; off until there is an address to look up. */
export function useEmailMatches(leadId: number, email: string) {
  const api = useApi()
  return useQuery({
    queryKey: leadDetailKeys.emailMatches(leadId, email),
    queryFn: () => api.call('leads.findByEmail', { email, excludeId: leadId }),
    enabled: email.includes('@'),
  })
}

/** A mutation for one contract call that refreshes every lead-dependent query when it succeeds. */
function useLeadWrite<M extends Method>(method: M) {
  const api = useApi()
  const invalidate = useInvalidateLeads()
  return useMutation({
    mutationFn: (input: InputOf<M>) => api.call(method, input),
    onSuccess: invalidate,
    // Refused because someone saved first: show what they saved (the form keeps what was typed).
    onError: (error) => (error instanceof AppError && error.code === 'stale' ? invalidate() : undefined),
  })
}

export const useUpdateLead = () => useLeadWrite('leads.update')

/** Deleting drops the lead's own queries first, so nothing refetches a lead that is gone. */
export function useDeleteLead() {
  const api = useApi()
  const queryClient = useQueryClient()
  const invalidate = useInvalidateLeads()
  return useMutation({
    mutationFn: (id: number) => api.call('leads.delete', { id }),
    onSuccess: async (_result, id) => {
      queryClient.removeQueries({ queryKey: leadDetailKeys.lead(id) })
      await invalidate()
    },
  })
}
export const useSnoozeLead = () => useLeadWrite('leads.snooze')
export const useCreateActivity = () => useLeadWrite('activities.create')
export const useUpdateActivity = () => useLeadWrite('activities.update')
export const useCompleteActivity = () => useLeadWrite('activities.complete')
export const useDeleteActivity = () => useLeadWrite('activities.delete')
export const useCreateFeedback = () => useLeadWrite('feedback.create')
export const useDeleteFeedback = () => useLeadWrite('feedback.delete')
