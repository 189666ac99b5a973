// What a person's or an organisation's page shows of them as a customer. A customer is the
// organisation of a won deal, or its person when the deal has no organisation; a person's own
// figures below count the deals they are the person of, an organisation's the deals it is on.

export interface Purchase {
  leadId: number
  /** When the deal was won (ISO instant). */
  closedAt: string
  valueMinor: number
}

export interface CustomerFigures {
  /** Won revenue over all their deals, to date (a deal counts its full value). */
  lifetimeRevenueMinor: number
  wonDeals: number
  /** Deals still open, and what they are worth. */
  openDeals: number
  openValueMinor: number
  firstPurchase: Purchase | null
  lastPurchase: Purchase | null
  /** The firm's calendar day of their first win; null until they have one. */
  customerSince: string | null
}
