import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { PeriodChoice, ReportFilters, ReportSettings } from '@shared/contract/reports'
import { useApi } from '../../api/ApiProvider'

export const reportKeys = {
  all: ['reports'] as const,
  dashboard: (period: PeriodChoice, filters: ReportFilters) => ['reports', 'dashboard', period, filters] as const,
  report: (settings: ReportSettings) => ['reports', 'build', settings] as const,
  saved: ['reports', 'saved'] as const,
  branding: ['reports', 'branding'] as const,
  job: (id: string) => ['reports', 'job', id] as const,
}

export function useDashboard(period: PeriodChoice, filters: ReportFilters) {
  const api = useApi()
  return useQuery({ queryKey: reportKeys.dashboard(period, filters), queryFn: () => api.call('reports.dashboard', { period, filters }), placeholderData: keepPreviousData })
}

export function useReport(settings: ReportSettings) {
  const api = useApi()
  return useQuery({ queryKey: reportKeys.report(settings), queryFn: () => api.call('reports.build', settings), placeholderData: keepPreviousData })
}

export function useSavedReports() {
  const api = useApi()
  return useQuery({ queryKey: reportKeys.saved, queryFn: () => api.call('reports.saved.list', {}) })
}

export function useSaveReport() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { name: string; settings: ReportSettings }) => api.call('reports.saved.save', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.saved }),
  })
}

export function useDeleteSavedReport() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: number) => api.call('reports.saved.delete', { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.saved }),
  })
}

export function useBranding() {
  const api = useApi()
  return useQuery({ queryKey: reportKeys.branding, queryFn: () => api.call('reports.branding', {}) })
}

export function useSetFirmName() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (firmName: string) => api.call('reports.setFirmName', { firmName }),
    onSuccess: (branding) => queryClient.setQueryData(reportKeys.branding, branding),
  })
}

export function useExportPack() {
  const api = useApi()
  return useMutation({ mutationFn: (settings: ReportSettings) => api.call('reports.exportPack', settings) })
}

export function useExportEverything() {
  const api = useApi()
  return useMutation({ mutationFn: () => api.call('reports.exportEverything', {}) })
}

/** Polls a running export a few times a second until it ends. */
export function useExportJob(id: string | null) {
  const api = useApi()
  return useQuery({
    queryKey: reportKeys.job(id ?? ''),
    queryFn: () => api.call('reports.exportJob', { id: id ?? '' }),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.state === 'running' || !query.state.data ? 250 : false),
  })
}

export function useCancelExport() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api.call('reports.cancelExport', { id }),
    onSuccess: (job) => queryClient.setQueryData(reportKeys.job(job.id), job),
  })
}

export function useOpenExportFolder() {
  const api = useApi()
  return useMutation({ mutationFn: (id: string) => api.call('reports.openFolder', { id }) })
}
