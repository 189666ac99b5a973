import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf, Method } from '@shared/contract'
import type { CustomFieldEntity } from '@shared/domain/customFields'
import { useApi } from '../../api/ApiProvider'

// Every screen that shows custom fields reads them under ['customFields', …], so an edit in
// Settings shows in the drawer, the tables and the filters at once. Records' values are read
// with their record (leads.get, people.get…): a definition change refreshes those too.
export const customFieldKeys = {
  all: ['customFields'] as const,
  of: (entity: CustomFieldEntity, includeArchived = false) => ['customFields', entity, includeArchived] as const,
}

/** An entity's live fields in order (archived ones too when asked, for Settings). */
export function useCustomFields(entity: CustomFieldEntity, includeArchived = false) {
  const api = useApi()
  return useQuery({ queryKey: customFieldKeys.of(entity, includeArchived), queryFn: () => api.call('customFields.list', { entity, includeArchived }) })
}

function useCustomFieldWrite<M extends Method>(method: M) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: InputOf<M>) => api.call(method, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: customFieldKeys.all })
      // A field archived or restored shows or leaves the records' values.
      await queryClient.invalidateQueries({ queryKey: ['lead'] })
    },
  })
}

export const useCreateCustomField = () => useCustomFieldWrite('customFields.create')
export const useUpdateCustomField = () => useCustomFieldWrite('customFields.update')
export const useReorderCustomFields = () => useCustomFieldWrite('customFields.reorder')
export const useArchiveCustomField = () => useCustomFieldWrite('customFields.archive')
export const useRestoreCustomField = () => useCustomFieldWrite('customFields.restore')
