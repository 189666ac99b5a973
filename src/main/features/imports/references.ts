import type BetterSqlite3 from 'better-sqlite3'
import type { ImportOptions } from '@shared/domain/imports'
import { AppError } from '@shared/errors'
import type { Statements } from './import.run'

// The campaigns and stages an import refers to by name: looked up once, created on
// request (recorded in the batch so undo can remove them), and cached for the rest of the file.

export interface StageRef {
  id: number
  name: string
  kind: string
}

const lower = (text: string) => text.toLowerCase()

export class References {
  private campaigns = new Map<string, number>()
  private stages = new Map<string, StageRef>()
  readonly campaignsCreated: string[] = []
  readonly stagesCreated: string[] = []
  readonly defaultStage: StageRef
  private positions = new Map<number, number>()

  constructor(
    private db: BetterSqlite3.Database,
    private sql: Statements,
    readonly pipelineId: number,
    private options: ImportOptions,
    private batchId: () => number,
    private now: string,
  ) {
    for (const row of db.prepare('SELECT id, name FROM campaigns ORDER BY id').all() as Array<{ id: number; name: string }>) {
      if (!this.campaigns.has(lower(row.name))) this.campaigns.set(lower(row.name), row.id)
    }
    const stages = db.prepare('SELECT id, name, kind FROM stages WHERE pipeline_id = ? ORDER BY position, id').all(pipelineId) as StageRef[]
    for (const stage of stages) this.stages.set(lower(stage.name), stage)
    // Other CRMs' words for the closed stages.
    for (const stage of stages.filter((s) => s.kind !== 'open')) {
      const words = stage.kind === 'won' ? ['won', 'closed won', 'closedwon'] : ['lost', 'closed lost', 'closedlost']
      for (const word of words) if (!this.stages.has(word)) this.stages.set(word, stage)
    }
    const first = stages.find((s) => s.kind === 'open')
    if (!first) throw new AppError('rule', 'That pipeline has no open stage to put the leads in.')
    this.defaultStage = first
  }

  campaign(name: string | null): number | null | { problem: string } {
    if (name === null) return null
    const known = this.campaigns.get(lower(name))
    if (known !== undefined) return known
    if (!this.options.createCampaigns) return { problem: `Baton has no campaign called “${name}” (choose “Create missing campaigns” to add it)` }
    const id = Number(this.sql.insertCampaign.get(name, this.now, this.now))
    this.sql.batchRecord.run(this.batchId(), 'campaign', id)
    this.campaigns.set(lower(name), id)
    this.campaignsCreated.push(name)
    return id
  }

  stage(name: string | null): StageRef | { problem: string } {
    if (name === null) return this.defaultStage
    const known = this.stages.get(lower(name))
    if (known) return known
    if (!this.options.createStages) return { problem: `The pipeline has no stage called “${name}” (choose “Create missing stages” to add it)` }
    const openCount = [...new Set(this.stages.values())].filter((s) => s.kind === 'open').length
    this.sql.shiftClosedStages.run(this.pipelineId)
    const id = Number(this.sql.insertStage.get(this.pipelineId, name, openCount, this.now))
    this.sql.batchRecord.run(this.batchId(), 'stage', id)
    const stage = { id, name, kind: 'open' }
    this.stages.set(lower(name), stage)
    this.stagesCreated.push(name)
    return stage
  }

  /** The next position at the bottom of a stage (imported leads go below what is there). */
  nextPosition(stageId: number): number {
    const current = this.positions.get(stageId) ?? (Number(this.sql.maxPosition.get(stageId) ?? 0) || 0)
    const next = current + 1
    this.positions.set(stageId, next)
    return next
  }
}

