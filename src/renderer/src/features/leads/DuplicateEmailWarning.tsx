import { useQuery } from '@tanstack/react-query'
import { useDeferredValue } from 'react'
import { useApi } from '../../api/ApiProvider'

/** A gentle warning, not a block: two people at one firm may share an inbox. */
export function DuplicateEmailWarning({ email, onOpen }: { email: string; onOpen?: (id: number) => void }) {
  const api = useApi()
  const deferred = useDeferredValue(email.trim().toLowerCase())
  const looksComplete = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(deferred)
  const matches = useQuery({
    queryKey: ['leads', 'byEmail', deferred],
    queryFn: () => api.call('leads.findByEmail', { email: deferred }),
    enabled: looksComplete,
  })
  const found = looksComplete ? (matches.data ?? []) : []
  if (found.length === 0) return null
  return (
    <div className="inline-warning" role="status">
      <strong>Already in Baton:</strong>{' '}
      {found.map((lead, index) => (
        <span key={lead.id}>
          {index > 0 && ', '}
          {onOpen ? (
            <button type="button" className="link-button" onClick={() => onOpen(lead.id)}>
              {lead.dealName}
            </button>
          ) : (
            lead.dealName
          )}
          {lead.company && ` (${lead.company})`}
        </span>
      ))}{' '}
      uses this email. With the same name, this lead becomes their new deal rather than a second person.
    </div>
  )
}
