import { useMemo } from 'react'
import { PEOPLE_SORT_COLUMNS } from '@shared/domain/partyTables'
import { hrefFor, navigate, useRoute } from '../../app/router'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'
import { PEOPLE_COLUMN_SET, PEOPLE_COLUMNS } from './partyColumns'
import { PartyFilterBar } from './PartyFilterBar'
import { partyFiltersFromParams } from './partyFilters'
import { PartyTable } from './PartyTable'
import { usePartySorting } from './partyTable.state'
import { usePartyColumns } from './usePartyColumns'
import { useOrganization, usePeopleRows } from './parties.queries'
import { PersonCreateDialog } from './PersonCreateDialog'
import './parties.css'

const openPerson = (id: number) => navigate(`/people/${id}`)

/** Everyone the firm deals with: one row per person, sorted and filtered in SQL, 100 at a time. */
export function PeoplePage() {
  const { params, setParams } = useRoute()
  const filters = useMemo(() => partyFiltersFromParams(params), [params])
  const { sorting, onSortingChange, ready, server } = usePartySorting('peopleTable.sort', PEOPLE_SORT_COLUMNS)
  const query = usePeopleRows(filters, server, ready)
  const { columnSet, columns, layout, save } = usePartyColumns('person', PEOPLE_COLUMN_SET, PEOPLE_COLUMNS, 'peopleTable.columns')
  const organization = useOrganization(filters.organizationId ?? 0, filters.organizationId !== undefined)
  const creating = params.get('new') === '1'
  const filtered = Object.keys(filters).length > 0
  const create = (
    <button type="button" className="button button--primary" onClick={() => setParams({ new: '1' })}>
      New person
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
      <PageHeader title="People" subtitle="Everyone your deals are with, and what each has bought" actions={actions} />
      <PartyFilterBar kind="person" organizationName={filters.organizationId ? organization.data?.name : undefined} />
      <PartyTable
        kind="person"
        label="People"
        plural="people"
        columns={columns}
        columnSet={columnSet}
        layout={layout}
        onLayoutChange={save}
        sorting={sorting}
        onSortingChange={onSortingChange}
        query={query}
        scope={JSON.stringify(filters)}
        onOpen={openPerson}
        empty={
          filtered ? (
            <EmptyState icon="search" title="No one matches these filters">
              <p>Loosen or clear the filters to see more people.</p>
            </EmptyState>
          ) : (
            <EmptyState icon="people" title="No people yet" actions={create}>
              <p>Add the people you sell to, or import a list. Every new lead's person shows up here too.</p>
            </EmptyState>
          )
        }
      />
      {creating && (
        <PersonCreateDialog
          onClose={() => setParams({ new: undefined })}
          onCreated={(person) => openPerson(person.id)}
        />
      )}
    </div>
  )
}
