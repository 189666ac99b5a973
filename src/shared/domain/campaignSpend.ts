/** One payment booked against a campaign. */
export interface SpendEntry {
  id: number
  campaignId: number
  spentOn: string
  amountMinor: number
  note: string | null
  createdAt: string
}

/** A ledger row: the entry and what had been spent up to and including it (in date order). */
export interface SpendLedgerRow extends SpendEntry {
  runningTotalMinor: number
}

/** A campaign's spend entries, newest first, with the total against its budget. */
export interface SpendLedger {
  campaignId: number
  budgetMinor: number
  totalMinor: number
  /** How far the total is past the budget; 0 when within it or when there is no budget. */
  overBudgetMinor: number
  rows: SpendLedgerRow[]
}
