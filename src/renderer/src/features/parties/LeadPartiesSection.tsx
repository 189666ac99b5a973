import type { Lead } from '@shared/domain/leads'
import { hrefFor } from '../../app/router'
import { initials } from './OrganizationPeopleCard'
import { useOrganization, usePerson } from './parties.queries'

/** Who the deal is with — its person and its organisation — each a link to their page. */
export function LeadPartiesSection({ lead }: { lead: Lead }) {
  const person = usePerson(lead.personId ?? 0, lead.personId !== null)
  const organization = useOrganization(lead.organizationId ?? 0, lead.organizationId !== null)
  if (lead.personId === null && lead.organizationId === null) return null
  return (
    <section className="drawer__section" aria-labelledby={`lead-${lead.id}-parties`}>
      <h3 id={`lead-${lead.id}-parties`}>With</h3>
      <ul className="lead-parties">
        {lead.personId !== null && (
          <li>
            <span className="party-avatar" aria-hidden="true">
              {initials(lead.personName ?? '')}
            </span>
            <span className="lead-parties__text">
              <a className="party-link" href={hrefFor(`/people/${lead.personId}`)}>
                {lead.personName}
              </a>
              <span className="muted">{[person.data?.jobTitle, lead.email, lead.phone].filter(Boolean).join(' · ') || 'No email or phone yet'}</span>
            </span>
          </li>
        )}
        {lead.organizationId !== null && (
          <li>
            <span className="party-avatar party-avatar--square" aria-hidden="true">
              {(lead.company ?? '').slice(0, 1).toUpperCase()}
            </span>
            <span className="lead-parties__text">
              <a className="party-link" href={hrefFor(`/organizations/${lead.organizationId}`)}>
                {lead.company}
              </a>
              <span className="muted">{[organization.data?.domain, organization.data?.industry].filter(Boolean).join(' · ') || 'Organisation'}</span>
            </span>
          </li>
        )}
      </ul>
    </section>
  )
}
