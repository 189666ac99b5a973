import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { InputOf, Method, ResultOf } from '@shared/contract'
import type { AppErrorShape } from '@shared/errors'
import type { OpenDatabase } from '../../db/open'
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

/** A fresh workspace in a temp folder, removed again by `dispose`. For tests and benchmarks. */
export async function testWorkspace(): Promise<TestWorkspace> {
  const dir = mkdtempSync(join(tmpdir(), 'baton-test-'))
  const workspace = await openWorkspace(dir, 'test')
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
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Fills the first pipeline with `count` leads spread over its stages straight through
 * SQLite (fast, no rules): for tests of reads at scale, not of the write paths.
 */
export function seedLeads(database: OpenDatabase, count: number, pipelineId = 1): void {
  const { sqlite } = database
  const stages = sqlite.prepare('SELECT id, kind FROM stages WHERE pipeline_id = ? ORDER BY position').all(pipelineId) as Array<{ id: number; kind: string }>
  const campaign = sqlite
    .prepare(
      `INSERT INTO campaigns (name, channel, status, created_at, updated_at) VALUES ('Seed webinar', 'video', 'active', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z') RETURNING id`,
    )
    .get() as { id: number }
  const insert = sqlite.prepare(`INSERT INTO leads (person_name, company, email, source_campaign_id, pipeline_id, stage_id, position, value_minor,
      probability_override, owner, created_at, updated_at, stage_entered_at, last_activity_at, closed_at, lost_reason)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const tag = sqlite.prepare('INSERT INTO lead_tags (lead_id, tag) VALUES (?, ?)')
  const task = sqlite.prepare(`INSERT INTO activities (lead_id, kind, subject, due_at, created_at, updated_at) VALUES (?, 'task', 'Follow up', ?, ?, ?)`)
  const owners = ['Ana', 'Ben', 'Chen', 'Dee']
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const stage = stages[i % stages.length] as { id: number; kind: string }
      const created = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString()
      const { lastInsertRowid } = insert.run(
        `Person ${i}`,
        `Company ${i % 700}`,
        `person${i}@example.com`,
        i % 3 === 0 ? campaign.id : null,
        pipelineId,
        stage.id,
        Math.floor(i / stages.length) * 1024,
        ((i * 7919) % 50_000) * 100,
        i % 10 === 0 ? 55 : null,
        owners[i % owners.length],
        created,
        created,
        created,
        i % 2 === 0 ? created : null,
        stage.kind === 'open' ? null : created,
        stage.kind === 'lost' ? 'No budget' : null,
      )
      if (i % 4 === 0) tag.run(lastInsertRowid, 'hot')
      if (i % 5 === 0) task.run(lastInsertRowid, created, created, created)
    }
  })()
}
