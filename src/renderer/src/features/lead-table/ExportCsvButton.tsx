import { useMutation } from '@tanstack/react-query'
import type { BoardFilters } from '@shared/contract/board'
import { useApi } from '../../api/ApiProvider'
import { errorMessage } from '../../api/errors'
import { useToast } from '../../ui/Toast'
import { leadsCount } from './count'
import type { TableSort } from './leadTable.queries'

/** Saves the leads the table shows — its filters and sort, every row, custom fields included — as a CSV file. */
export function ExportCsvButton({ pipelineId, filters, sort }: { pipelineId: number; filters: BoardFilters; sort: TableSort | null }) {
  const api = useApi()
  const toast = useToast()
  const exportCsv = useMutation({ mutationFn: () => api.call('leads.exportCsv', { pipelineId, filters, ...(sort && { sort }) }) })
  async function run() {
    try {
      const saved = await exportCsv.mutateAsync()
      if (saved) toast.show(`Saved ${leadsCount(saved.rows)} to ${saved.file.split(/[\\/]/).pop() ?? saved.file}.`)
    } catch (error) {
      toast.show(`Couldn't export the leads: ${errorMessage(error)}`, { tone: 'error' })
    }
  }
  return (
    <button type="button" className="button" onClick={() => void run()} disabled={exportCsv.isPending}>
      {exportCsv.isPending ? 'Exporting…' : 'Export CSV'}
    </button>
  )
}
