import { useState } from 'react'
import { navigate } from '../../app/router'
import { useToast } from '../../ui/Toast'
import { LeadCreateDialog } from '../leads/LeadCreateDialog'
import { OrganizationDetails } from './OrganizationDetails'
import { OrganizationCustomFields } from './PartyCustomFields'
import { OrganizationPeopleCard } from './OrganizationPeopleCard'
import { PartyActivitiesCard, PartyCampaignsCard } from './PartyActivityCards'
import { PartyDeleteDialog } from './PartyDeleteDialog'
import { PartyFiguresTiles } from './PartyFiguresTiles'
import { PartyLeadsCard } from './PartyLeadsCard'
import { PartyPageFrame } from './PartyPageFrame'
import { TagBadges } from './partyFacts'
import { PersonCreateDialog } from './PersonCreateDialog'
import { useDeleteParty, useOrganization, useOrganizationPeople, usePartyRelated } from './parties.queries'

type Dialog = { deal: { personId: number | null; personName: string | null } } | 'person' | 'delete' | null

/** One organisation: its people, what it bought and is buying, and everything done on its deals. */
export function OrganizationPage({ id }: { id: number }) {
  const organization = useOrganization(id)
  const people = useOrganizationPeople(id)
  const related = usePartyRelated('organization', id)
  const remove = useDeleteParty('organization')
  const toast = useToast()
  const [dialog, setDialog] = useState<Dialog>(null)
  const here = `/organizations/${id}`
  const o = organization.data
  const newDeal = () => setDialog({ deal: { personId: null, personName: null } })
  return (
    <PartyPageFrame listPath="/organizations" listLabel="All organisations" noun="organisation" error={organization.error} onRetry={() => void organization.refetch()} loaded={o !== undefined}>
      {o && (
        <>
          <header className="campaign-page__header party-header">
            <div className="party-header__who">
              <span className="party-avatar party-avatar--large party-avatar--square" aria-hidden="true">
                {o.name.slice(0, 1).toUpperCase()}
              </span>
              <div>
                <h1>{o.name}</h1>
                <p className="campaign-page__meta">
                  {o.domain && <span>{o.domain}</span>}
                  {o.industry && <span className="muted">{o.industry}</span>}
                  {o.region && <span className="muted">{o.region}</span>}
                  {o.owner && <span className="muted">Owner: {o.owner}</span>}
                  {o.tags.length > 0 && <TagBadges tags={o.tags} />}
                </p>
              </div>
            </div>
            <div className="page-header__actions party-header__actions">
              <button type="button" className="button button--danger-quiet" onClick={() => setDialog('delete')}>
                Delete…
              </button>
              <button type="button" className="button button--primary" onClick={newDeal}>
                New deal
              </button>
            </div>
          </header>
          <PartyFiguresTiles figures={related.figures.data} />
          <div className="campaign-page__grid">
            <div className="campaign-page__main">
              <PartyLeadsCard here={here} leads={related.leads.data} showPerson onNewDeal={newDeal} />
              <PartyActivitiesCard here={here} activities={related.activities.data} />
            </div>
            <aside className="campaign-page__side">
              <OrganizationPeopleCard
                organizationId={id}
                people={people.data}
                onAdd={() => setDialog('person')}
                onNewDeal={(person) => setDialog({ deal: { personId: person.id, personName: person.name } })}
              />
              <OrganizationDetails organization={o} />
              <OrganizationCustomFields organization={o} />
              <PartyCampaignsCard campaigns={related.campaigns.data} />
            </aside>
          </div>
          {dialog !== null && typeof dialog === 'object' && (
            <LeadCreateDialog
              party={{ personId: dialog.deal.personId, organizationId: o.id, label: dialog.deal.personName ? `${dialog.deal.personName} · ${o.name}` : o.name }}
              onClose={() => setDialog(null)}
            />
          )}
          {dialog === 'person' && <PersonCreateDialog organization={{ id: o.id, name: o.name, detail: o.domain }} onCreated={() => setDialog(null)} onClose={() => setDialog(null)} />}
          {dialog === 'delete' && (
            <PartyDeleteDialog
              kind="organization"
              who={o.name}
              openDeals={related.figures.data?.openDeals ?? 0}
              onDelete={async (deleteLeads) => {
                const { leadsDeleted } = await remove.mutateAsync({ id: o.id, deleteLeads })
                toast.show(leadsDeleted > 0 ? `Deleted ${o.name} and ${leadsDeleted === 1 ? 'its deal' : `its ${leadsDeleted} deals`}.` : `Deleted ${o.name}.`)
                navigate('/organizations')
              }}
              onClose={() => setDialog(null)}
            />
          )}
        </>
      )}
    </PartyPageFrame>
  )
}
