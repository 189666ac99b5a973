import { AppError } from '@shared/errors'
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query'
import type { InputOf } from '@shared/contract'
import type { PartyFilters } from '@shared/contract/parties'
import { useApi } from '../../api/ApiProvider'
import { useInvalidateLeads } from '../leads/leads.queries'

// People and organisations, read and written through their contract calls. The keys live under
// 'leads' so every lead write (a new deal, a stage move, a rename) refreshes them too, and every
// party write refreshes what leads show (a deal reads its person's name and tags).

export type PartyKind = 'person' | 'organization'

export const PAGE_SIZE = 100

export const partyKeys = {
  all: ['leads', 'parties'] as const,
  table: (kind: PartyKind, filters: PartyFilters, sort: unknown) => ['leads', 'parties', kind, 'table', { filters, sort }] as const,
  one: (kind: PartyKind, id: number) => ['leads', 'parties', kind, id] as const,
  part: (kind: PartyKind, id: number, part: string) => ['leads', 'parties', kind, id, part] as const,
  lookup: (kind: PartyKind, text: string) => ['leads', 'parties', kind, 'lookup', text] as const,
}

export type PeopleSort = NonNullable<InputOf<'people.table'>['sort']>
export type OrganizationSort = NonNullable<InputOf<'organizations.table'>['sort']>

const nextPage = (last: { rows: unknown[]; total: number }, pages: Array<{ rows: unknown[] }>) => {
  const loaded = pages.reduce((sum, page) => sum + page.rows.length, 0)
  return last.rows.length > 0 && loaded < last.total ? loaded : undefined
}

/** The people table, a page of 100 at a time, sorted and filtered by main. */
export function usePeopleRows(filters: PartyFilters, sort: PeopleSort | null, enabled: boolean) {
  const api = useApi()
  return useInfiniteQuery({
    enabled,
    queryKey: partyKeys.table('person', filters, sort),
    queryFn: ({ pageParam }) => api.call('people.table', { filters, ...(sort && { sort }), offset: pageParam, limit: PAGE_SIZE }),
    initialPageParam: 0,
    getNextPageParam: nextPage,
    placeholderData: keepPreviousData,
  })
}

export function useOrganizationRows(filters: PartyFilters, sort: OrganizationSort | null, enabled: boolean) {
  const api = useApi()
  return useInfiniteQuery({
    enabled,
    queryKey: partyKeys.table('organization', filters, sort),
    queryFn: ({ pageParam }) => api.call('organizations.table', { filters, ...(sort && { sort }), offset: pageParam, limit: PAGE_SIZE }),
    initialPageParam: 0,
    getNextPageParam: nextPage,
    placeholderData: keepPreviousData,
  })
}

export function usePerson(id: number, enabled = true) {
  const api = useApi()
  return useQuery({ queryKey: partyKeys.one('person', id), queryFn: () => api.call('people.get', { id }), enabled })
}

export function useOrganization(id: number, enabled = true) {
  const api = useApi()
  return useQuery({ queryKey: partyKeys.one('organization', id), queryFn: () => api.call('organizations.get', { id }), enabled })
}

/** Their deals, activities, campaigns and customer figures: what both pages show under the details. */
export function usePartyRelated(kind: PartyKind, id: number) {
  const api = useApi()
  const person = kind === 'person'
  const leads = useQuery({
    queryKey: partyKeys.part(kind, id, 'leads'),
    queryFn: () => (person ? api.call('people.leads', { id }) : api.call('organizations.leads', { id })),
  })
  const activities = useQuery({
    queryKey: partyKeys.part(kind, id, 'activities'),
    queryFn: () => (person ? api.call('people.activities', { id, limit: 100 }) : api.call('organizations.activities', { id, limit: 100 })),
  })
  const campaigns = useQuery({
    queryKey: partyKeys.part(kind, id, 'campaigns'),
    queryFn: () => (person ? api.call('people.campaigns', { id }) : api.call('organizations.campaigns', { id })),
  })
  const figures = useQuery({
    queryKey: partyKeys.part(kind, id, 'figures'),
    queryFn: () => (person ? api.call('people.figures', { id }) : api.call('organizations.figures', { id })),
  })
  return { leads, activities, campaigns, figures }
}

export function useOrganizationPeople(id: number) {
  const api = useApi()
  return useQuery({ queryKey: partyKeys.part('organization', id, 'people'), queryFn: () => api.call('organizations.people', { id }) })
}

// A save names the version it was based on; refused because someone saved first, the page
// refetches to show what they saved (the editor keeps what was typed).
const refetchWhenStale = (invalidate: () => Promise<unknown>) => (error: unknown) => (error instanceof AppError && error.code === 'stale' ? invalidate() : undefined)

export function useUpdatePerson(id: number) {
  const api = useApi()
  const invalidate = useInvalidateLeads()
  return useMutation({
    mutationFn: (input: Omit<InputOf<'people.update'>, 'id'>) => api.call('people.update', { id, ...input }),
    onSuccess: invalidate,
    onError: refetchWhenStale(invalidate),
  })
}

export function useUpdateOrganization(id: number) {
  const api = useApi()
  const invalidate = useInvalidateLeads()
  return useMutation({
    mutationFn: (input: Omit<InputOf<'organizations.update'>, 'id'>) => api.call('organizations.update', { id, ...input }),
    onSuccess: invalidate,
    onError: refetchWhenStale(invalidate),
  })
}

export function useCreatePerson() {
  const api = useApi()
  const invalidate = useInvalidateLeads()
  return useMutation({ mutationFn: (input: InputOf<'people.create'>) => api.call('people.create', input), onSuccess: invalidate })
}

export function useCreateOrganization() {
  const api = useApi()
  const invalidate = useInvalidateLeads()
  return useMutation({ mutationFn: (input: InputOf<'organizations.create'>) => api.call('organizations.create', input), onSuccess: invalidate })
}

export type PartyBulkInput = InputOf<'people.bulk'>['action']

/** One action on several people or organisations; a delete may take their deals with it. */
export function useBulkParties(kind: PartyKind) {
  const api = useApi()
  const invalidate = useInvalidateLeads()
  return useMutation({
    mutationFn: ({ ids, action }: { ids: number[]; action: PartyBulkInput }) =>
      kind === 'person' ? api.call('people.bulk', { personIds: ids, action }) : api.call('organizations.bulk', { organizationIds: ids, action }),
    onSettled: invalidate,
  })
}

export function useDeleteParty(kind: PartyKind) {
  const api = useApi()
  const invalidate = useInvalidateLeads()
  return useMutation({
    mutationFn: ({ id, deleteLeads }: { id: number; deleteLeads: boolean }) =>
      kind === 'person' ? api.call('people.delete', { id, deleteLeads }) : api.call('organizations.delete', { id, deleteLeads }),
    onSettled: invalidate,
  })
}

/** People or organisations whose name, email, alias or domain starts with the text (for pickers and the palette). */
export function usePartyLookup(kind: PartyKind, text: string, limit = 6) {
  const api = useApi()
  const trimmed = text.trim()
  return useQuery({
    queryKey: partyKeys.lookup(kind, `${trimmed}:${limit}`),
    queryFn: () => (kind === 'person' ? api.call('people.lookup', { text: trimmed, limit }) : api.call('organizations.lookup', { text: trimmed, limit })),
    enabled: trimmed.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
}
