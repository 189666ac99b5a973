import type { InputOf, Method, ResultOf } from '@shared/contract'
import type { AppErrorShape } from '@shared/errors'
import { testWorkspaceTarget } from '../../../../test/fixtures/test-database'
import type { OpenDatabase } from '../../db/open'
import type { NewLeadRow } from '../../db/schema'
import { openWorkspace, type Workspace } from '../../workspace'

export interface TestWorkspace {
  workspace: Workspace
  database: OpenDatabase
  /** Calls a method through the real dispatch (schema parse, handler, error wrapping); throws when it fails. */
  call<M extends Method>(method: M, input: InputOf<M>): Promise<ResultOf<M>>
  /** Calls a method that is expected to fail, and returns the error as the renderer would see it. */
  fail<M extends Method>(method: M, input: InputOf<M>): Promise<AppErrorShape>
  dispose(): Promise<void>
}

/** A fresh workspace on the test project's engine (a temp folder, or a fresh PostgreSQL database), removed again by `dispose`. */
export async function testWorkspace(): Promise<TestWorkspace> {
  const place = await testWorkspaceTarget()
  const workspace = await openWorkspace(place.target, 'test')
  return {
    workspace,
    database: workspace.database,
    async call(method, input) {
      const result = await workspace.dispatch(method, input)
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message} (${result.error.field ?? '-'})`)
      return result.value as never
    },
    async fail(method, input) {
      const result = await workspace.dispatch(method, input)
      if (result.ok) throw new Error(`${method} was expected to fail but returned ${JSON.stringify(result.value)}`)
      return result.error
    },
    async dispose() {
      await workspace.close()
      await place.dispose()
    },
  }
}

const ROWS_PER_INSERT = 500

/**
 * Fills the first pipeline with `count` leads spread over its stages straight through
 * multi-row inserts (fast, no rules): for tests of reads at scale, not of the write paths.
 */
export async function seedLeads(database: OpenDatabase, count: number, pipelineId = 1): Promise<void> {
  const stages = await database.db.selectFrom('stages').select(['id', 'kind']).where('pipeline_id', '=', pipelineId).orderBy('position').execute()
  const owners = ['Ana', 'Ben', 'Chen', 'Dee']
  await database.db.transaction().execute(async (trx) => {
    const campaign = await trx
      .insertInto('campaigns')
      .values({ name: 'Seed webinar', channel: 'video', status: 'active', budget_minor: 0, created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z' })
      .returning('id')
      .executeTakeFirstOrThrow()
    // 700 companies, each with a share of the people; one person per lead.
    const companies = await trx
      .insertInto('organizations')
      .values(Array.from({ length: Math.min(700, count) }, (_, k) => ({ name: `Company ${k}`, name_key: `company ${k}`, created_at: '2025-01-01T00:00:00.000Z', updated_at: '2025-01-01T00:00:00.000Z' })))
      .returning('id')
      .execute()
    for (let start = 0; start < count; start += ROWS_PER_INSERT) {
      const end = Math.min(count, start + ROWS_PER_INSERT)
      const people = await trx
        .insertInto('people')
        .values(
          Array.from({ length: end - start }, (_, k) => {
            const i = start + k
            const created = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString()
            return { name: `Person ${i}`, name_key: `person${i}`, email: `person${i}@example.com`, organization_id: companies[i % 700]?.id ?? null, created_at: created, updated_at: created }
          }),
        )
        .returning('id')
        .execute()
      const leads: NewLeadRow[] = []
      for (let i = start; i < end; i++) {
        const stage = stages[i % stages.length] as { id: number; kind: string }
        const created = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString()
        leads.push({
          person_id: people[i - start]?.id ?? null,
          organization_id: companies[i % 700]?.id ?? null,
          source_campaign_id: i % 3 === 0 ? campaign.id : null,
          pipeline_id: pipelineId,
          stage_id: stage.id,
          position: Math.floor(i / stages.length) * 1024,
          value_minor: ((i * 7919) % 50_000) * 100,
          probability_override: i % 10 === 0 ? 55 : null,
          owner: owners[i % owners.length] ?? null,
          created_at: created,
          updated_at: created,
          stage_entered_at: created,
          last_activity_at: i % 2 === 0 ? created : null,
          closed_at: stage.kind === 'open' ? null : created,
          lost_reason: stage.kind === 'lost' ? 'No budget' : null,
        })
      }
      // Both engines return a multi-row insert's rows in the order given.
      const made = await trx.insertInto('leads').values(leads).returning(['id', 'created_at', 'person_id']).execute()
      const every = (n: number) => made.filter((_, k) => (start + k) % n === 0)
      const tags = every(4).map((row) => ({ person_id: row.person_id as number, tag: 'hot' }))
      if (tags.length > 0) await trx.insertInto('person_tags').values(tags).execute()
      const tasks = every(5).map((row) => ({ lead_id: row.id, kind: 'task', subject: 'Follow up', due_at: row.created_at, created_at: row.created_at, updated_at: row.created_at }))
      if (tasks.length > 0) await trx.insertInto('activities').values(tasks).execute()
    }
  })
}
