import { useRoute } from '../../app/router'
import { useEmailMatches } from './lead-detail.queries'

/** A hint, not a block: two people at one firm may share an inbox, but usually it is the same person twice. */
export function EmailMatches({ leadId, email }: { leadId: number; email: string }) {
  const route = useRoute()
  const matches = useEmailMatches(leadId, email)
  if (!matches.data?.length) return null
  return (
    <div className="inline-warning" role="note">
      <span>This email is also on </span>
      {matches.data.map((match, index) => (
        <span key={match.id}>
          {index > 0 && ', '}
          <button type="button" className="link-button" onClick={() => route.setParams({ lead: String(match.id) })}>
            {match.dealName}
            {match.company ? ` (${match.company})` : ''}
          </button>
        </span>
      ))}
      <span>. Is it the same person?</span>
    </div>
  )
}
