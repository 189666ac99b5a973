import { useState } from 'react'
import type { Lead } from '@shared/domain/leads'
import { errorMessage } from '../../api/errors'
import { useDeleteLead } from './lead-detail.queries'

export function DeleteLead({ lead, onDeleted }: { lead: Lead; onDeleted: () => void }) {
  const remove = useDeleteLead()
  const [problem, setProblem] = useState<string | null>(null)

  async function deleteLead() {
    if (!window.confirm(`Delete ${lead.dealName}? Their activities and feedback are deleted too. This cannot be undone.`)) return
    try {
      await remove.mutateAsync(lead.id)
      onDeleted()
    } catch (error) {
      setProblem(errorMessage(error))
    }
  }

  return (
    <div className="drawer__danger">
      {problem && <p className="field__error" role="alert">{problem}</p>}
      <button type="button" className="button button--danger-quiet" onClick={() => void deleteLead()} disabled={remove.isPending}>
        Delete lead
      </button>
    </div>
  )
}
