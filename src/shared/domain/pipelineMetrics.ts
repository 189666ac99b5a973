// Pipeline figures beside the campaign metrics (@shared/domain/metrics): what is open, what
// it is likely worth, how leads move from stage to stage and how fast money comes in.
// Like the metrics, an undefined figure is null ("—"), never NaN, Infinity or a made-up 0.

export interface PipelineInputs {
  /** Open deals at the moment measured. */
  openDeals: number
  /** Their full value, minor units. */
  openValueMinor: number
  /** Their value times each one's win probability (the stage's, or the lead's override), minor units. */
  weightedValueMinor: number
}

export const EMPTY_PIPELINE_INPUTS: Readonly<PipelineInputs> = Object.freeze({ openDeals: 0, openValueMinor: 0, weightedValueMinor: 0 })

/** Share of the leads that reached `from` and also reached `to`; null when none reached `from`. */
export const stageConversion = (reachedFrom: number, reachedTo: number): number | null => (reachedFrom > 0 ? reachedTo / reachedFrom : null)

/**
 * Sales velocity: money the pipeline brings in per day = open deals × average deal size × win rate ÷ sales-cycle days.
 * Null when any part is undefined or the cycle is zero days.
 */
export function salesVelocity(openDeals: number, averageDealMinor: number | null, winRate: number | null, cycleDays: number | null): number | null {
  if (averageDealMinor === null || winRate === null || cycleDays === null || cycleDays <= 0) return null
  return Math.round((openDeals * averageDealMinor * winRate) / cycleDays)
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}
