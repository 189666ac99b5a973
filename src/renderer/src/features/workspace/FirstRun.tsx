import { errorMessage } from '../../api/errors'
import { EmptyState } from '../../ui/EmptyState'
import { Icon } from '../../ui/icons'
import { useLoadSample } from '../leads/leads.queries'

/** The empty workspace: start from scratch, or explore with a realistic sample firm. */
export function FirstRun({ onAddLead, onImport }: { onAddLead: () => void; onImport?: () => void }) {
  const loadSample = useLoadSample()
  return (
    <EmptyState
      icon="pipeline"
      title="Your pipeline is empty"
      actions={
        <>
          <button type="button" className="button button--primary" onClick={onAddLead}>
            <Icon name="plus" /> Add your first lead
          </button>
          {onImport && (
            <button type="button" className="button" onClick={onImport}>
              Import from a spreadsheet or CRM
            </button>
          )}
          <button type="button" className="button" onClick={() => loadSample.mutate()} disabled={loadSample.isPending}>
            <Icon name="sparkle" /> {loadSample.isPending ? 'Loading sample data…' : 'Load sample data'}
          </button>
        </>
      }
    >
      <p>Every lead your campaigns bring in lands here, and moves stage by stage until it is won or lost.</p>
      <p className="muted">Not ready to type in your own? Load a sample firm with a year of campaigns and leads to try things out — it stays on this computer and you can start over anytime.</p>
      {loadSample.error && (
        <p className="form-error" role="alert">
          {errorMessage(loadSample.error)}
        </p>
      )}
    </EmptyState>
  )
}
