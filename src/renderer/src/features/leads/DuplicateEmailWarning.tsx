import { useQuery } from '@tanstack/react-query'
import { useDeferredValue } from 'react'
import type { PartyMatch } from '@shared/domain/people'
import { useApi } from '../../api/ApiProvider'

interface DuplicateEmailWarningProps {
  email: string
  onOpen?: (id: number) => void
  /** Offered on a new lead: attach it to the person who has this address, rather than making a second one. */
  onNewDealFor?: (person: PartyMatch) => void
}

/** A gentle warning, not a block: two people at one firm may share an inbox. */
export function DuplicateEmailWarning({ email, onOpen, onNewDealFor }: DuplicateEmailWarningProps) {
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
  // Each person once, however many deals they have.
  const people = [...new Map(found.filter((lead) => lead.personId !== null).map((lead) => [lead.personId, lead])).values()]
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
      uses this email.{' '}
      {onNewDealFor && people.length > 0 ? (
        people.map((lead) => (
          <button
            key={lead.personId}
            type="button"
            className="button button--small inline-warning__action"
            onClick={() => onNewDealFor({ id: lead.personId as number, name: lead.personName ?? lead.dealName, detail: lead.company })}
          >
            New deal for {lead.personName ?? lead.dealName}
          </button>
        ))
      ) : (
        <>With the same name, this lead becomes their new deal rather than a second person.</>
      )}
    </div>
  )
}
