import type { OrganizationPerson } from '@shared/domain/partyTables'
import { hrefFor } from '../../app/router'
import { Icon } from '../../ui/icons'

interface OrganizationPeopleCardProps {
  organizationId: number
  people: OrganizationPerson[] | undefined
  onAdd: () => void
  /** Opens a deal for one of them, with this organisation. */
  onNewDeal: (person: OrganizationPerson) => void
}

/** An organisation's people, by name; each opens their page, or starts a deal for them. */
export function OrganizationPeopleCard({ organizationId, people, onAdd, onNewDeal }: OrganizationPeopleCardProps) {
  return (
    <section className="card campaign-card" aria-labelledby="organization-people-title">
      <header className="campaign-card__header">
        <h2 id="organization-people-title">People</h2>
        {people && <span className="muted">{people.length}</span>}
        <span className="campaign-card__actions">
          {people && people.length > 8 && (
            <a className="button button--small" href={hrefFor('/people', { organization: String(organizationId) })}>
              Open in the people table
            </a>
          )}
          <button type="button" className="button button--small" onClick={onAdd}>
            <Icon name="plus" /> Add person
          </button>
        </span>
      </header>
      {people?.length === 0 ? (
        <p className="muted campaign-card__empty">No one here yet. Add the people you talk to at this organisation; a deal can then be opened for each of them.</p>
      ) : (
        <ul className="party-people">
          {(people ?? []).map((person) => (
            <li key={person.id}>
              <span className="party-avatar" aria-hidden="true">
                {initials(person.name)}
              </span>
              <span className="party-people__text">
                <a className="party-link party-people__name" href={hrefFor(`/people/${person.id}`)}>
                  {person.name}
                </a>
                <span className="muted">{[person.jobTitle, person.email, person.phone].filter(Boolean).join(' · ') || 'No contact details yet'}</span>
              </span>
              {person.openDeals > 0 && <span className="badge">{person.openDeals === 1 ? '1 open deal' : `${person.openDeals} open deals`}</span>}
              <button type="button" className="button button--small party-people__deal" aria-label={`New deal for ${person.name}`} onClick={() => onNewDeal(person)}>
                <Icon name="plus" /> Deal
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** Up to two letters for the round badge beside a name. */
export const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('')
