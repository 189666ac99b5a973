import type { StageKind } from './enums'

export interface Stage {
  id: number
  pipelineId: number
  name: string
  position: number
  kind: StageKind
  /** 0–100: the chance a lead in this stage is won, used for weighted values. */
  winProbability: number
  /** A lead with no activity for this many days counts as stale; null means never. */
  staleDays: number | null
  color: string
}

export interface Pipeline {
  id: number
  name: string
  position: number
  stages: Stage[]
}

export const DEFAULT_PIPELINE_STAGES: ReadonlyArray<Omit<Stage, 'id' | 'pipelineId' | 'position'>> = [
  { name: 'New', kind: 'open', winProbability: 10, staleDays: 7, color: '#64748b' },
  { name: 'Contacted', kind: 'open', winProbability: 20, staleDays: 10, color: '#0ea5e9' },
  { name: 'Qualified', kind: 'open', winProbability: 40, staleDays: 14, color: '#6366f1' },
  { name: 'Proposal', kind: 'open', winProbability: 60, staleDays: 14, color: '#a855f7' },
  { name: 'Negotiation', kind: 'open', winProbability: 80, staleDays: 10, color: '#f59e0b' },
  { name: 'Won', kind: 'won', winProbability: 100, staleDays: null, color: '#16a34a' },
  { name: 'Lost', kind: 'lost', winProbability: 0, staleDays: null, color: '#dc2626' },
]
