import { useMemo } from 'react'
import { ORGANIZATION_SORT_COLUMNS } from '@shared/domain/partyTables'
import { hrefFor, navigate, useRoute } from '../../app/router'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'
import { OrganizationCreateDialog } from './OrganizationCreateDialog'
import { ORGANIZATION_COLUMN_SET, ORGANIZATION_COLUMNS } from './partyColumns'
import { PartyFilterBar } from './PartyFilterBar'
import { partyFiltersFromParams } from './partyFilters'
import { PartyTable } from './PartyTable'
import { usePartySorting } from './partyTable.state'
import { usePartyColumns } from './usePartyColumns'
import { useOrganizationRows } from './parties.queries'
import './parties.css'

const openOrganization = (id: number) => navigate(`/organizations/${id}`)

/** The companies the firm deals with: one row each, with their people, open deals and lifetime revenue. */
export function OrganizationsPage() {
  const { params, setParams } = useRoute()
  const filters = useMemo(() => {
    // The organisation filter belongs to the people table.
    const { organizationId: _ignored, ...rest } = partyFiltersFromParams(params)
    return rest
  }, [params])
  const { sorting, onSortingChange, ready, server } = usePartySorting('organizationsTable.sort', ORGANIZATION_SORT_COLUMNS)
  const query = useOrganizationRows(filters, server, ready)
  const { columnSet, columns, layout, save } = usePartyColumns('organization', ORGANIZATION_COLUMN_SET, ORGANIZATION_COLUMNS, 'organizationsTable.columns')
  const filtered = Object.keys(filters).length > 0
  const create = (
    <button type="button" className="button button--primary" onClick={() => setParams({ new: '1' })}>
      New organisation
    </button>
  )
  const actions = (
    <>
      <a className="button" href={hrefFor('/duplicates')}>
        Possible duplicates
      </a>
      {create}
    </>
  )
  return (
    <div className="page party-page">
      <PageHeader title="Organisations" subtitle="The companies you sell to, their people and what they have bought" actions={actions} />
      <PartyFilterBar kind="organization" />
      <PartyTable
        kind="organization"
        label="Organisations"
        plural="organisations"
        columns={columns}
        columnSet={columnSet}
        layout={layout}
        onLayoutChange={save}
        sorting={sorting}
        onSortingChange={onSortingChange}
        query={query}
        scope={JSON.stringify(filters)}
        onOpen={openOrganization}
        empty={
          filtered ? (
            <EmptyState icon="search" title="No organisation matches these filters">
              <p>Loosen or clear the filters to see more organisations.</p>
            </EmptyState>
          ) : (
            <EmptyState icon="organization" title="No organisations yet" actions={create}>
              <p>Add the companies you sell to, then their people. A lead with a company name puts that company here too.</p>
            </EmptyState>
          )
        }
      />
      {params.get('new') === '1' && <OrganizationCreateDialog onClose={() => setParams({ new: undefined })} onCreated={(organization) => openOrganization(organization.id)} />}
    </div>
  )
}
