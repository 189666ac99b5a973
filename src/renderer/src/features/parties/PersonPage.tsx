import { useState } from 'react'
import { hrefFor, navigate } from '../../app/router'
import { useToast } from '../../ui/Toast'
import { LeadCreateDialog } from '../leads/LeadCreateDialog'
import { initials } from './OrganizationPeopleCard'
import { PartyActivitiesCard, PartyCampaignsCard } from './PartyActivityCards'
import { PartyDeleteDialog } from './PartyDeleteDialog'
import { PartyFiguresTiles } from './PartyFiguresTiles'
import { PartyLeadsCard } from './PartyLeadsCard'
import { PartyPageFrame } from './PartyPageFrame'
import { TagBadges } from './partyFacts'
import { PersonDetails } from './PersonDetails'
import { PersonCustomFields } from './PartyCustomFields'
import { useDeleteParty, usePartyRelated, usePerson } from './parties.queries'

/** One person: who they are, what they bought and are buying, everything said and done on their deals. */
export function PersonPage({ id }: { id: number }) {
  const person = usePerson(id)
  const related = usePartyRelated('person', id)
  const remove = useDeleteParty('person')
  const toast = useToast()
  const [dialog, setDialog] = useState<'deal' | 'delete' | null>(null)
  const here = `/people/${id}`
  const p = person.data
  return (
    <PartyPageFrame listPath="/people" listLabel="All people" noun="person" error={person.error} onRetry={() => void person.refetch()} loaded={p !== undefined}>
      {p && (
        <>
          <header className="campaign-page__header party-header">
            <div className="party-header__who">
              <span className="party-avatar party-avatar--large" aria-hidden="true">
                {initials(p.name)}
              </span>
              <div>
                <h1>{p.name}</h1>
                <p className="campaign-page__meta">
                  {(p.jobTitle || p.organizationId) && (
                    <span>
                      {p.jobTitle}
                      {p.jobTitle && p.organizationId && ' at '}
                      {p.organizationId && (
                        <a className="party-link" href={hrefFor(`/organizations/${p.organizationId}`)}>
                          {p.organizationName}
                        </a>
                      )}
                    </span>
                  )}
                  {p.emails[0] && <span className="muted">{p.emails[0]}</span>}
                  {p.owner && <span className="muted">Owner: {p.owner}</span>}
                  {p.tags.length > 0 && <TagBadges tags={p.tags} />}
                </p>
              </div>
            </div>
            <div className="page-header__actions party-header__actions">
              <button type="button" className="button button--danger-quiet" onClick={() => setDialog('delete')}>
                Delete…
              </button>
              <button type="button" className="button button--primary" onClick={() => setDialog('deal')}>
                New deal
              </button>
            </div>
          </header>
          <PartyFiguresTiles figures={related.figures.data} />
          <div className="campaign-page__grid">
            <div className="campaign-page__main">
              <PartyLeadsCard here={here} leads={related.leads.data} showPerson={false} onNewDeal={() => setDialog('deal')} />
              <PartyActivitiesCard here={here} activities={related.activities.data} />
            </div>
            <aside className="campaign-page__side">
              <PersonDetails person={p} />
              <PersonCustomFields person={p} />
              <PartyCampaignsCard campaigns={related.campaigns.data} />
            </aside>
          </div>
          {dialog === 'deal' && (
            <LeadCreateDialog
              party={{ personId: p.id, organizationId: p.organizationId, label: p.organizationName ? `${p.name} · ${p.organizationName}` : p.name }}
              onClose={() => setDialog(null)}
            />
          )}
          {dialog === 'delete' && (
            <PartyDeleteDialog
              kind="person"
              who={p.name}
              openDeals={related.figures.data?.openDeals ?? 0}
              onDelete={async (deleteLeads) => {
                const { leadsDeleted } = await remove.mutateAsync({ id: p.id, deleteLeads })
                toast.show(leadsDeleted > 0 ? `Deleted ${p.name} and ${leadsDeleted === 1 ? 'their deal' : `their ${leadsDeleted} deals`}.` : `Deleted ${p.name}.`)
                navigate('/people')
              }}
              onClose={() => setDialog(null)}
            />
          )}
        </>
      )}
    </PartyPageFrame>
  )
}
