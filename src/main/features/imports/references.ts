import type BetterSqlite3 from 'better-sqlite3'
import { EMPTY_VALUE_MAP, type ImportOptions, type OwnerChoice, type RefChoice } from '@shared/domain/imports'
import { AppError } from '@shared/errors'
import type { Statements } from './leadStatements'
import { ChoiceLookup, KNOWN_OWNERS_SQL, campaignIndex, ownerIndex, stageIndex, type NamedRef, type StageRef } from './valueMap'

export type { StageRef } from './valueMap'

// The campaigns, stages and owners an import refers to by name: looked up once, mapped
// as the person chose (the value map), created on request (recorded in the batch so undo
// can remove them), and cached for the rest of the file.

type Problem = { problem: string }

const lower = (text: string) => text.toLowerCase()

export class References {
  private campaigns: Map<string, NamedRef>
  private campaignNames = new Map<number, string>()
  private stages: Map<string, StageRef>
  private stagesById = new Map<number, StageRef>()
  private owners: Map<string, string>
  private campaignChoices: ChoiceLookup<RefChoice>
  private stageChoices: ChoiceLookup<RefChoice>
  private ownerChoices: ChoiceLookup<OwnerChoice>
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
    const campaigns = db.prepare('SELECT id, name FROM campaigns ORDER BY id').all() as NamedRef[]
    this.campaigns = campaignIndex(campaigns)
    for (const campaign of campaigns) this.campaignNames.set(campaign.id, campaign.name)
    const stages = db.prepare('SELECT id, name, kind FROM stages WHERE pipeline_id = ? ORDER BY position, id').all(pipelineId) as StageRef[]
    this.stages = stageIndex(stages)
    for (const stage of stages) this.stagesById.set(stage.id, stage)
    this.owners = ownerIndex(db.prepare(KNOWN_OWNERS_SQL).pluck().all() as string[])
    const valueMap = options.valueMap ?? EMPTY_VALUE_MAP
    this.campaignChoices = new ChoiceLookup(valueMap.campaign)
    this.stageChoices = new ChoiceLookup(valueMap.stage)
    this.ownerChoices = new ChoiceLookup(valueMap.owner)
    const first = stages.find((s) => s.kind === 'open')
    if (!first) throw new AppError('rule', 'That pipeline has no open stage to put the leads in.')
    this.defaultStage = first
  }

  campaign(name: string | null): number | null | Problem {
    if (name === null) return null
    const known = this.campaigns.get(lower(name))
    if (known !== undefined) return known.id
    const choice = this.campaignChoices.get(name)
    if (choice?.kind === 'existing' && this.campaignNames.has(choice.id)) return choice.id
    if (choice?.kind === 'empty') return null
    if (choice?.kind === 'reject') return { problem: `You chose to reject the rows with the campaign “${name}”` }
    if (choice?.kind !== 'create' && !this.options.createCampaigns) return { problem: `Baton has no campaign called “${name}”: choose “Create it” or an existing campaign for it` }
    const id = Number(this.sql.insertCampaign.get(name, this.now, this.now))
    this.sql.batchRecord.run(this.batchId(), 'campaign', id)
    this.campaigns.set(lower(name), { id, name })
    this.campaignNames.set(id, name)
    this.campaignsCreated.push(name)
    return id
  }

  /** The campaign's name as Baton has it (the preview shows where a lead lands, not what the file wrote). */
  campaignName(id: number | null): string | null {
    return id === null ? null : (this.campaignNames.get(id) ?? null)
  }

  stage(name: string | null): StageRef | Problem {
    if (name === null) return this.defaultStage
    const known = this.stages.get(lower(name))
    if (known) return known
    const choice = this.stageChoices.get(name)
    if (choice?.kind === 'existing') {
      const stage = this.stagesById.get(choice.id)
      if (stage) return stage
    }
    if (choice?.kind === 'empty') return this.defaultStage
    if (choice?.kind === 'reject') return { problem: `You chose to reject the rows with the stage “${name}”` }
    if (choice?.kind !== 'create' && !this.options.createStages) return { problem: `The pipeline has no stage called “${name}”: choose “Create it” or an existing stage for it` }
    const openCount = [...this.stagesById.values()].filter((s) => s.kind === 'open').length
    this.sql.shiftClosedStages.run(this.pipelineId)
    const id = Number(this.sql.insertStage.get(this.pipelineId, name, openCount, this.now))
    this.sql.batchRecord.run(this.batchId(), 'stage', id)
    const stage = { id, name, kind: 'open' }
    this.stages.set(lower(name), stage)
    this.stagesById.set(id, stage)
    this.stagesCreated.push(name)
    return stage
  }

  /** Owners are names, not records: a new one is taken as written unless the person mapped it. */
  owner(name: string | null): string | null | Problem {
    if (name === null) return null
    const known = this.owners.get(lower(name))
    if (known !== undefined) return known
    const choice = this.ownerChoices.get(name)
    if (choice?.kind === 'existing') return choice.name
    if (choice?.kind === 'empty') return null
    if (choice?.kind === 'reject') return { problem: `You chose to reject the rows with the owner “${name}”` }
    return name
  }

  /** The next position at the bottom of a stage (imported leads go below what is there). */
  nextPosition(stageId: number): number {
    const current = this.positions.get(stageId) ?? (Number(this.sql.maxPosition.get(stageId) ?? 0) || 0)
    const next = current + 1
    this.positions.set(stageId, next)
    return next
  }
}
