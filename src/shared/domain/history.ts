import type { StageKind } from './enums'

/** One move of a lead between stages. Names are kept as they were, so renamed or deleted stages still read right. */
export interface StageChange {
  id: number
  /** Null for the lead's first stage (when it was created). */
  fromStageName: string | null
  toStageName: string
  toKind: StageKind
  at: string
}
