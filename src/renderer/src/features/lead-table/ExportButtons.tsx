import { useMutation } from '@tanstack/react-query'
import type { BoardFilters } from '@shared/contract/board'
import { useApi } from '../../api/ApiProvider'
import { errorMessage } from '../../api/errors'
import { useToast } from '../../ui/Toast'
import { leadsCount } from './count'
import type { TableSort } from './leadTable.queries'

type Format = 'csv' | 'xlsx'

/** Saves the leads the table shows — its filters and sort, every row, custom fields included — as CSV or XLSX. */
export function ExportButtons({ pipelineId, filters, sort }: { pipelineId: number; filters: BoardFilters; sort: TableSort | null }) {
  const api = useApi()
  const toast = useToast()
  const exportLeads = useMutation({ mutationFn: (format: Format) => api.call('leads.export', { pipelineId, filters, format, ...(sort && { sort }) }) })
  async function run(format: Format) {
    try {
      const saved = await exportLeads.mutateAsync(format)
      if (saved) toast.show(`Saved ${leadsCount(saved.rows)} to ${saved.file.split(/[\\/]/).pop() ?? saved.file}.`)
    } catch (error) {
      toast.show(`Couldn't export the leads: ${errorMessage(error)}`, { tone: 'error' })
    }
  }
  return (
    <span className="segmented" role="group" aria-label="Export the leads shown">
      {(['csv', 'xlsx'] as const).map((format) => (
        <button key={format} type="button" onClick={() => void run(format)} disabled={exportLeads.isPending}>
          Export {format.toUpperCase()}
        </button>
      ))}
    </span>
  )
}
