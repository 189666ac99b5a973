// People and organisations at scale. people-list: one sorted, filtered page of the people table
// (the seeded 100,000-lead workspace's people, by lifetime revenue, of one owner) through
// dispatch, against the same three statements on raw better-sqlite3. organization-page: what an
// organisation's page reads (the record, its deals, its latest activities, campaigns, people and
// customer figures) for an organisation with 200 deals and 2,000 activities.
import type BetterSqlite3 from 'better-sqlite3'
import { sqliteDialect } from '../../src/main/db/dialect'
import { openWorkspace } from '../../src/main/workspace'
import { personSegmentSql } from '../../src/main/features/leads/leads.parties'
import { lastActivityOfSql, openDealsOfSql, wonLeadSql, wonRevenueOfSql } from '../../src/main/features/metrics/customers.repo'
import type { PeoplePage } from '../../src/shared/domain/partyTables'
import type { BenchCase, BenchKit } from './kit'
import { call, readCases, type ReadBench } from './read'

const PAGE = 100

const figureColumns = (kind: 'person' | 'organization') =>
  `${wonRevenueOfSql(kind, 'p')} AS lifetime_revenue_minor, ${openDealsOfSql(kind, 'p')} AS open_deals, ${lastActivityOfSql(kind, 'p')} AS last_activity_at`

const peopleList: ReadBench<{ owner: string }> = {
  name: 'people-list',
  // The owner with the most people: the fullest filtered table.
  pick: (sqlite) => ({ owner: sqlite.prepare('SELECT owner FROM people WHERE owner IS NOT NULL GROUP BY owner ORDER BY count(*) DESC LIMIT 1').pluck().get() as string }),
  async baton(dispatch, { owner }, i) {
    const page = await call<PeoplePage>(dispatch, 'people.table', {
      filters: { owner },
      sort: { column: 'lifetimeRevenue', direction: 'desc' },
      offset: (i % 5) * PAGE,
      limit: PAGE,
    })
    return [page.total, page.rows.map((row) => [row.id, row.lifetimeRevenueMinor, row.openDeals, row.tags.length])]
  },
  raw(sqlite, { owner }) {
    const ids = sqlite
      .prepare(`SELECT p.id FROM people p WHERE p.owner = ? ORDER BY ${wonRevenueOfSql('person', 'p')} DESC, p.id DESC LIMIT ? OFFSET ?`)
      .pluck()
    const count = sqlite.prepare('SELECT count(*) FROM people p WHERE p.owner = ?').pluck()
    const rows = sqlite.prepare(
      `SELECT p.id, p.name, p.email, p.phone, p.job_title, p.organization_id, (SELECT name FROM organizations WHERE id = p.organization_id) AS organization_name,
         p.owner, ${personSegmentSql('p')} AS segment_id, ${sqliteDialect.jsonArrayOf('tag', 'person_tags WHERE person_id = p.id', 'tag')} AS tags,
         p.created_at, p.version, ${figureColumns('person')}
       FROM people p WHERE p.id IN (SELECT value FROM json_each(?))`,
    )
    return (i) => {
      const pageIds = ids.all(owner, PAGE, (i % 5) * PAGE) as number[]
      const total = count.get(owner) as number
      const byId = new Map((rows.all(JSON.stringify(pageIds)) as Array<{ id: number; lifetime_revenue_minor: number; open_deals: number; tags: string }>).map((row) => [row.id, row]))
      return [
        total,
        pageIds.map((id) => {
          const row = byId.get(id)!
          return [id, row.lifetime_revenue_minor, row.open_deals, (JSON.parse(row.tags) as string[]).length]
        }),
      ]
    }
  },
}

/** A copy of the seeded workspace with one organisation of 200 deals (over 10 people) and 2,000 activities on them. */
async function busyOrganization(kit: BenchKit): Promise<string> {
  const dir = kit.copyOf(await kit.seeded())
  const workspace = await openWorkspace(dir, 'bench')
  try {
    const { dispatch } = workspace
    const organization = await call<{ id: number }>(dispatch, 'organizations.create', { name: 'Bench Holdings', domain: 'benchholdings.example', industry: 'Logistics' })
    const people: number[] = []
    for (let p = 0; p < 10; p++) people.push((await call<{ id: number }>(dispatch, 'people.create', { name: `Buyer ${p}`, emails: [`buyer${p}@benchholdings.example`], organizationId: organization.id })).id)
    for (let d = 0; d < 200; d++) {
      const lead = await call<{ id: number }>(dispatch, 'leads.create', { personId: people[d % people.length], title: `Order ${d}`, valueMinor: 1_000_00 + d })
      for (let a = 0; a < 10; a++) await call(dispatch, 'activities.create', { leadId: lead.id, kind: a % 2 ? 'call' : 'email', subject: `Follow-up ${a}` })
    }
  } finally {
    await workspace.close()
  }
  return dir
}

function organizationPage(kit: BenchKit): ReadBench<{ id: number }> {
  let dir: Promise<string> | undefined
  return {
    name: 'organization-page',
    dir: () => (dir ??= busyOrganization(kit)),
    pick: (sqlite) => ({ id: sqlite.prepare("SELECT id FROM organizations WHERE name = 'Bench Holdings'").pluck().get() as number }),
    async baton(dispatch, { id }) {
      const organization = await call<{ name: string; tags: string[] }>(dispatch, 'organizations.get', { id })
      const leads = await call<Array<{ id: number }>>(dispatch, 'organizations.leads', { id })
      const activities = await call<Array<{ id: number }>>(dispatch, 'organizations.activities', { id, limit: PAGE })
      const campaigns = await call<Array<{ campaignId: number; touches: number }>>(dispatch, 'organizations.campaigns', { id })
      const people = await call<Array<{ id: number; openDeals: number }>>(dispatch, 'organizations.people', { id })
      const figures = await call<{ lifetimeRevenueMinor: number; openDeals: number }>(dispatch, 'organizations.figures', { id })
      return [
        organization.name,
        leads.map((l) => l.id),
        activities.map((a) => a.id),
        campaigns.map((c) => [c.campaignId, c.touches]),
        people.map((p) => [p.id, p.openDeals]),
        [figures.lifetimeRevenueMinor, figures.openDeals],
      ]
    },
    raw(sqlite: BetterSqlite3.Database, { id }) {
      const organization = sqlite.prepare(
        `SELECT o.id, o.name, o.domain, o.website, o.industry, o.size, o.region, o.address, o.owner, o.segment_id, o.notes, o.created_at, o.updated_at, o.version,
           ${sqliteDialect.jsonArrayOf('alias', 'organization_aliases WHERE organization_id = o.id', 'alias')} AS aliases,
           ${sqliteDialect.jsonArrayOf('tag', 'organization_tags WHERE organization_id = o.id', 'tag')} AS tags
         FROM organizations o WHERE o.id = ?`,
      )
      const leads = sqlite
        .prepare(
          `SELECT l.id, l.title, l.person_id, (SELECT name FROM people WHERE id = l.person_id) AS person_name, l.organization_id, (SELECT name FROM organizations WHERE id = l.organization_id) AS company,
             l.pipeline_id, l.stage_id, s.name AS stage_name, s.kind AS stage_kind, l.value_minor, l.owner, l.created_at, l.expected_close_on, l.closed_at, l.lost_reason
           FROM leads l JOIN stages s ON s.id = l.stage_id WHERE l.organization_id = ?
           ORDER BY CASE WHEN l.closed_at IS NULL THEN 0 ELSE 1 END, coalesce(l.closed_at, l.created_at) DESC, l.id DESC`,
        )
      const activities = sqlite.prepare(
        `SELECT a.id, a.lead_id, l.title, (SELECT name FROM people WHERE id = l.person_id) AS person_name, (SELECT name FROM organizations WHERE id = l.organization_id) AS company,
           a.kind, a.subject, a.body, a.due_at, a.done_at, a.created_at
         FROM leads l JOIN activities a ON a.lead_id = l.id WHERE l.organization_id = ?
         ORDER BY coalesce(a.done_at, a.due_at, a.created_at) DESC, a.id DESC LIMIT ? OFFSET 0`,
      )
      const campaigns = sqlite.prepare(
        `SELECT t.campaign_id, c.name, c.channel, count(*) AS touches, min(t.at) AS first_at, max(t.at) AS last_at
         FROM leads l JOIN touchpoints t ON t.lead_id = l.id JOIN campaigns c ON c.id = t.campaign_id WHERE l.organization_id = ?
         GROUP BY t.campaign_id, c.name, c.channel ORDER BY last_at DESC, t.campaign_id`,
      )
      const people = sqlite.prepare(
        `SELECT p.id, p.name, p.email, p.phone, p.job_title, (SELECT count(*) FROM leads l WHERE l.person_id = p.id AND l.closed_at IS NULL) AS open_deals
         FROM people p WHERE p.organization_id = ? ORDER BY p.name COLLATE NOCASE, p.id`,
      )
      const figures = sqlite.prepare(
        `SELECT l.id, l.closed_at, l.value_minor, CASE WHEN ${wonLeadSql('l')} THEN 1 ELSE 0 END AS won FROM leads l WHERE l.organization_id = ? ORDER BY l.closed_at, l.id`,
      )
      return () => {
        const org = organization.get(id) as { name: string; aliases: string; tags: string }
        JSON.parse(org.aliases)
        JSON.parse(org.tags)
        const figureRows = figures.all(id) as Array<{ closed_at: string | null; value_minor: number; won: number }>
        return [
          org.name,
          (leads.all(id) as Array<{ id: number }>).map((l) => l.id),
          (activities.all(id, PAGE) as Array<{ id: number }>).map((a) => a.id),
          (campaigns.all(id) as Array<{ campaign_id: number; touches: number }>).map((c) => [c.campaign_id, c.touches]),
          (people.all(id) as Array<{ id: number; open_deals: number }>).map((p) => [p.id, p.open_deals]),
          [figureRows.filter((r) => r.won === 1).reduce((sum, r) => sum + r.value_minor, 0), figureRows.filter((r) => r.closed_at === null).length],
        ]
      }
    },
  }
}

export function partyCases(kit: BenchKit): BenchCase[] {
  return [...readCases(kit, peopleList), ...readCases(kit, organizationPage(kit))]
}
