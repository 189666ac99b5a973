import { EMPTY_VALUE_MAP, type ImportOptions, type NameChoice, type OwnerChoice, type RefChoice, type StatusChoice } from '@shared/domain/imports'
import { AppError } from '@shared/errors'
import type { ImportConnection } from './importConnection'
import type { Statements } from './leadStatements'
import { ChoiceLookup, KNOWN_OWNERS_SQL, campaignIndex, ownerIndex, stageIndex, suggestName, suggestStage, suggestStatus, type NamedRef, type StageRef } from './valueMap'

export type { StageRef } from './valueMap'

// The campaigns, stages, statuses, owners and lost reasons an import refers to by name: looked
// up once, mapped as the person chose (the value map) or as Baton suggests, created on request
// (recorded in the batch so undo can remove them), and remembered for the rest of the file.

export type Problem = { problem: string }

/** What Baton has that a file's names are matched to, read once when the import starts. */
interface Known {
  campaigns: NamedRef[]
  stages: StageRef[]
  owners: string[]
  lostReasons: string[]
}

const lower = (text: string) => text.toLowerCase()

export class References {
  private campaigns: Map<string, NamedRef>
  private campaignNames = new Map<number, string>()
  private stageList: StageRef[]
  private stages: Map<string, StageRef>
  private stagesById = new Map<number, StageRef>()
  private owners: Map<string, string>
  private lostReasons: Map<string, string>
  private choices: {
    campaign: ChoiceLookup<RefChoice>
    stage: ChoiceLookup<RefChoice>
    status: ChoiceLookup<StatusChoice>
    owner: ChoiceLookup<OwnerChoice>
    lostReason: ChoiceLookup<NameChoice>
  }
  /** What each stage, status and lost-reason value of the file came to, so each is worked out once. */
  private resolved = { stage: new Map<string, StageRef | Problem>(), status: new Map<string, 'open' | 'won' | 'lost' | Problem>(), lostReason: new Map<string, string | null | Problem>() }
  readonly campaignsCreated: string[] = []
  readonly stagesCreated: string[] = []
  readonly lostReasonsCreated: string[] = []
  readonly defaultStage: StageRef
  readonly wonStage: StageRef
  readonly lostStage: StageRef
  private positions = new Map<number, number>()

  /** The references of a pipeline, with what Baton has read once. */
  static async load(db: ImportConnection, sql: Statements, pipelineId: number, options: ImportOptions, batchId: () => number, now: string): Promise<References> {
    const known: Known = {
      campaigns: await db.prepare('SELECT id, name FROM campaigns ORDER BY id').all<NamedRef>(),
      stages: await db.prepare('SELECT id, name, kind FROM stages WHERE pipeline_id = ? ORDER BY position, id').all<StageRef>(pipelineId),
      owners: await db.prepare(KNOWN_OWNERS_SQL, { pluck: true }).all<string>(),
      // Archived reasons too: a file that names one keeps Baton's spelling of it.
      lostReasons: await db.prepare('SELECT label FROM lost_reasons ORDER BY archived_at IS NOT NULL, position, id', { pluck: true }).all<string>(),
    }
    return new References(known, sql, pipelineId, options, batchId, now)
  }

  private constructor(
    known: Known,
    private sql: Statements,
    readonly pipelineId: number,
    private options: ImportOptions,
    private batchId: () => number,
    private now: string,
  ) {
    const { campaigns } = known
    this.campaigns = campaignIndex(campaigns)
    for (const campaign of campaigns) this.campaignNames.set(campaign.id, campaign.name)
    this.stageList = known.stages
    this.stages = stageIndex(this.stageList)
    for (const stage of this.stageList) this.stagesById.set(stage.id, stage)
    this.owners = ownerIndex(known.owners)
    this.lostReasons = ownerIndex(known.lostReasons)
    const valueMap = { ...EMPTY_VALUE_MAP, ...options.valueMap }
    this.choices = {
      campaign: new ChoiceLookup(valueMap.campaign),
      stage: new ChoiceLookup(valueMap.stage),
      status: new ChoiceLookup(valueMap.status),
      owner: new ChoiceLookup(valueMap.owner),
      lostReason: new ChoiceLookup(valueMap.lostReason),
    }
    const first = this.stageList.find((s) => s.kind === 'open')
    const won = this.stageList.find((s) => s.kind === 'won')
    const lost = this.stageList.find((s) => s.kind === 'lost')
    if (!first || !won || !lost) throw new AppError('rule', 'That pipeline needs an open stage, a Won and a Lost stage to import leads into.')
    this.defaultStage = first
    this.wonStage = won
    this.lostStage = lost
  }

  async campaign(name: string | null): Promise<number | null | Problem> {
    if (name === null) return null
    const known = this.campaigns.get(lower(name))
    if (known !== undefined) return known.id
    const choice = this.choices.campaign.get(name)
    if (choice?.kind === 'existing' && this.campaignNames.has(choice.id)) return choice.id
    if (choice?.kind === 'empty') return null
    if (choice?.kind === 'reject') return { problem: `You chose to reject the rows with the campaign “${name}”` }
    if (choice?.kind !== 'create' && !this.options.createCampaigns) return { problem: `Baton has no campaign called “${name}”: choose “Create it” or an existing campaign for it` }
    const id = Number(await this.sql.insertCampaign.get(name, this.now, this.now))
    await this.sql.batchRecord.run(this.batchId(), 'campaign', id)
    this.campaigns.set(lower(name), { id, name })
    this.campaignNames.set(id, name)
    this.campaignsCreated.push(name)
    return id
  }

  /** The campaign's name as Baton has it (the preview shows where a lead lands, not what the file wrote). */
  campaignName(id: number | null): string | null {
    return id === null ? null : (this.campaignNames.get(id) ?? null)
  }

  async stage(name: string | null): Promise<StageRef | Problem> {
    if (name === null) return this.defaultStage
    const known = this.stages.get(lower(name))
    if (known) return known
    let stage = this.resolved.stage.get(name)
    if (stage === undefined) {
      stage = await this.resolveStage(name)
      this.resolved.stage.set(name, stage)
    }
    return stage
  }

  private async resolveStage(name: string): Promise<StageRef | Problem> {
    const choice = suggestStage(name, this.stageList, this.choices.stage.get(name), this.options.createStages)
    if (choice.kind === 'existing') return this.stagesById.get(choice.id) ?? this.defaultStage
    if (choice.kind === 'empty') return this.defaultStage
    if (choice.kind === 'reject') return { problem: `You chose to reject the rows with the stage “${name}”` }
    const openCount = this.stageList.filter((s) => s.kind === 'open').length
    await this.sql.shiftClosedStages.run(this.pipelineId)
    const id = Number(await this.sql.insertStage.get(this.pipelineId, name, openCount, this.now))
    await this.sql.batchRecord.run(this.batchId(), 'stage', id)
    const stage = { id, name, kind: 'open' }
    this.stageList.splice(openCount, 0, stage)
    this.stages.set(lower(name), stage)
    this.stagesById.set(id, stage)
    this.stagesCreated.push(name)
    return stage
  }

  /** Whether a status value leaves the lead open, wins it or loses it; null when the row has none. */
  status(text: string | null): 'open' | 'won' | 'lost' | null | Problem {
    if (text === null) return null
    let status = this.resolved.status.get(text)
    if (status === undefined) {
      const choice = suggestStatus(text, this.choices.status.get(text))
      status = choice.kind === 'reject' ? { problem: `You chose to reject the rows with the status “${text}”` } : choice.kind
      this.resolved.status.set(text, status)
    }
    return status
  }

  /** Owners are names, not records: a new one is taken as written (and joins the team) unless the person mapped it. */
  owner(name: string | null): string | null | Problem {
    if (name === null) return null
    const known = this.owners.get(lower(name))
    if (known !== undefined) return known
    const choice = this.choices.owner.get(name)
    if (choice?.kind === 'existing') return choice.name
    if (choice?.kind === 'empty') return null
    if (choice?.kind === 'reject') return { problem: `You chose to reject the rows with the owner “${name}”` }
    return name
  }

  /** A lost lead's reason as the firm's list spells it; a new one joins the list (unless mapped to another, or left out). */
  async lostReason(text: string | null): Promise<string | null | Problem> {
    if (text === null) return null
    const known = this.lostReasons.get(lower(text))
    if (known !== undefined) return known
    let reason = this.resolved.lostReason.get(text)
    if (reason === undefined) {
      const choice = suggestName(text, this.lostReasons, this.choices.lostReason.get(text))
      if (choice.kind === 'existing') reason = choice.name
      else if (choice.kind === 'empty') reason = null
      else if (choice.kind === 'reject') reason = { problem: `You chose to reject the rows lost for “${text}”` }
      else {
        const id = Number(await this.sql.insertLostReason.get(text))
        await this.sql.batchRecord.run(this.batchId(), 'lost_reason', id)
        this.lostReasons.set(lower(text), text)
        this.lostReasonsCreated.push(text)
        reason = text
      }
      this.resolved.lostReason.set(text, reason)
    }
    return reason
  }

  /** The next position at the bottom of a stage (imported leads go below what is there). */
  async nextPosition(stageId: number): Promise<number> {
    const current = this.positions.get(stageId) ?? (Number((await this.sql.maxPosition.get(stageId)) ?? 0) || 0)
    const next = current + 1
    this.positions.set(stageId, next)
    return next
  }
}
