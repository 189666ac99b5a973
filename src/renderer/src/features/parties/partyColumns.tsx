import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import type { MouseEvent } from 'react'
import type { OrganizationTableRow, PartyFigures, PersonTableRow } from '@shared/domain/partyTables'
import { hrefFor } from '../../app/router'
import type { ColumnSet } from '../../ui/columnLayout'
import { day, money, shortDay } from '../../ui/format'
import { firmDayOf, firmToday } from '../../ui/clock'
import { useSegments } from '../campaigns/campaigns.queries'

// The people and organisations tables' columns. Each table is a ColumnSet (shown, hidden and
// ordered columns are saved per table) and a list of react-table columns; a column whose id is
// a server sort column sorts in SQL, the others do not sort. The custom-fields track adds its
// columns to these lists.

const none = <span className="muted">—</span>
const stop = (event: MouseEvent) => event.stopPropagation()

/** A date with the year only when it is not this year, as the lead table shows them. */
function when(iso: string | null) {
  if (!iso) return <span className="muted">Never</span>
  const thisYear = firmDayOf(iso).slice(0, 4) === firmToday().slice(0, 4)
  return thisYear ? shortDay(iso) : day(iso)
}

function SegmentName({ id }: { id: number | null }) {
  const segments = useSegments()
  if (id === null) return none
  return <>{segments.data?.find((s) => s.id === id)?.name ?? ''}</>
}

function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return none
  return (
    <span className="lead-table__tags">
      {tags.map((tag) => (
        <span key={tag} className="badge">
          {tag}
        </span>
      ))}
    </span>
  )
}

// The columns both tables have, over their common row fields.
function commonColumns<Row extends PartyFigures & { owner: string | null; segmentId: number | null; tags: string[]; createdAt: string }>() {
  const column = createColumnHelper<Row>()
  return [
    column.accessor((row) => row.owner, { id: 'owner', header: 'Owner', cell: (info) => info.getValue() ?? none }),
    column.accessor((row) => row.segmentId, { id: 'segment', header: 'Segment', enableSorting: false, cell: (info) => <SegmentName id={info.getValue()} /> }),
    column.accessor((row) => row.tags, { id: 'tags', header: 'Tags', enableSorting: false, cell: (info) => <TagList tags={info.getValue()} /> }),
    column.accessor((row) => row.lifetimeRevenueMinor, {
      id: 'lifetimeRevenue',
      header: 'Lifetime revenue',
      cell: (info) => (info.getValue() > 0 ? money(info.getValue()) : none),
      meta: { numeric: true },
      sortDescFirst: true,
    }),
    column.accessor((row) => row.openDeals, { id: 'openDeals', header: 'Open deals', meta: { numeric: true }, sortDescFirst: true }),
    column.accessor((row) => row.lastActivityAt, { id: 'lastActivityAt', header: 'Last activity', cell: (info) => when(info.getValue()), sortDescFirst: true }),
    column.accessor((row) => row.createdAt, { id: 'createdAt', header: 'Created', cell: (info) => when(info.getValue()), sortDescFirst: true }),
  ] as Array<ColumnDef<Row, unknown>>
}

const COMMON_LABELS = {
  owner: 'Owner',
  segment: 'Segment',
  tags: 'Tags',
  lifetimeRevenue: 'Lifetime revenue',
  openDeals: 'Open deals',
  lastActivityAt: 'Last activity',
  createdAt: 'Created',
} as const

const person = createColumnHelper<PersonTableRow>()

export const PEOPLE_COLUMNS: Array<ColumnDef<PersonTableRow, unknown>> = [
  person.accessor('name', { id: 'name', header: 'Name', cell: (info) => <span className="cell-strong">{info.getValue()}</span> }) as ColumnDef<PersonTableRow, unknown>,
  person.accessor('email', { id: 'email', header: 'Email', cell: (info) => info.getValue() ?? none }) as ColumnDef<PersonTableRow, unknown>,
  person.accessor('phone', { id: 'phone', header: 'Phone', enableSorting: false, cell: (info) => info.getValue() ?? none }) as ColumnDef<PersonTableRow, unknown>,
  person.accessor('jobTitle', { id: 'jobTitle', header: 'Job title', enableSorting: false, cell: (info) => info.getValue() ?? none }) as ColumnDef<PersonTableRow, unknown>,
  person.accessor('organizationName', {
    id: 'organization',
    header: 'Organisation',
    cell: (info) => {
      const id = info.row.original.organizationId
      return id === null ? (
        none
      ) : (
        <a className="party-link" href={hrefFor(`/organizations/${id}`)} onClick={stop}>
          {info.getValue()}
        </a>
      )
    },
  }) as ColumnDef<PersonTableRow, unknown>,
  ...commonColumns<PersonTableRow>(),
]

// The order a new table shows them in: who they are, then what they are worth, then the rest.
const PEOPLE_IDS = ['name', 'organization', 'jobTitle', 'email', 'lifetimeRevenue', 'openDeals', 'owner', 'phone', 'lastActivityAt', 'tags', 'segment', 'createdAt'] as const
export type PeopleColumnId = (typeof PEOPLE_IDS)[number]

export const PEOPLE_COLUMN_SET: ColumnSet<PeopleColumnId> = {
  ids: PEOPLE_IDS,
  labels: { name: 'Name', email: 'Email', phone: 'Phone', jobTitle: 'Job title', organization: 'Organisation', ...COMMON_LABELS },
  alwaysShown: new Set(['name']),
  hiddenByDefault: ['segment', 'createdAt'],
  pinnedFirst: 'name',
}

const organization = createColumnHelper<OrganizationTableRow>()

export const ORGANIZATION_COLUMNS: Array<ColumnDef<OrganizationTableRow, unknown>> = [
  organization.accessor('name', { id: 'name', header: 'Name', cell: (info) => <span className="cell-strong">{info.getValue()}</span> }) as ColumnDef<OrganizationTableRow, unknown>,
  organization.accessor('domain', { id: 'domain', header: 'Domain', cell: (info) => info.getValue() ?? none }) as ColumnDef<OrganizationTableRow, unknown>,
  organization.accessor('industry', { id: 'industry', header: 'Industry', enableSorting: false, cell: (info) => info.getValue() ?? none }) as ColumnDef<OrganizationTableRow, unknown>,
  organization.accessor('size', { id: 'size', header: 'Size', enableSorting: false, cell: (info) => info.getValue() ?? none }) as ColumnDef<OrganizationTableRow, unknown>,
  organization.accessor('region', { id: 'region', header: 'Region', enableSorting: false, cell: (info) => info.getValue() ?? none }) as ColumnDef<OrganizationTableRow, unknown>,
  organization.accessor('people', { id: 'people', header: 'People', meta: { numeric: true }, sortDescFirst: true }) as ColumnDef<OrganizationTableRow, unknown>,
  ...commonColumns<OrganizationTableRow>(),
]

const ORGANIZATION_IDS = ['name', 'domain', 'industry', 'people', 'lifetimeRevenue', 'openDeals', 'owner', 'lastActivityAt', 'tags', 'size', 'region', 'segment', 'createdAt'] as const
export type OrganizationColumnId = (typeof ORGANIZATION_IDS)[number]

export const ORGANIZATION_COLUMN_SET: ColumnSet<OrganizationColumnId> = {
  ids: ORGANIZATION_IDS,
  labels: { name: 'Name', domain: 'Domain', industry: 'Industry', size: 'Size', region: 'Region', people: 'People', ...COMMON_LABELS },
  alwaysShown: new Set(['name']),
  hiddenByDefault: ['size', 'region', 'segment', 'createdAt'],
  pinnedFirst: 'name',
}
