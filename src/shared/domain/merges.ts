// Merging duplicate people and organisations: which fields a merge lets someone choose between
// (the others are combined), the pairs Baton suggests, and what a merge leaves to undo.

export type MergeKind = 'person' | 'organization'

/** A person's fields that take one record's value or the other's; emails, phones and tags are combined. */
export const PERSON_MERGE_FIELDS = ['name', 'email', 'phone', 'jobTitle', 'organizationId', 'owner', 'segmentId', 'firstCampaignId', 'notes'] as const
export type PersonMergeField = (typeof PERSON_MERGE_FIELDS)[number]

/** An organisation's fields that take one record's value or the other's; aliases and tags are combined. */
export const ORGANIZATION_MERGE_FIELDS = ['name', 'domain', 'website', 'industry', 'size', 'region', 'address', 'owner', 'segmentId', 'notes'] as const
export type OrganizationMergeField = (typeof ORGANIZATION_MERGE_FIELDS)[number]

/** Which record a field's surviving value comes from: the one kept, or the one merged into it. */
export type MergeSide = 'keep' | 'other'

/** Why two records look like one. */
export type DuplicateReason = 'same_email' | 'same_name' | 'same_domain' | 'recorded'

export const DUPLICATE_REASON_LABELS: Record<DuplicateReason, string> = {
  same_email: 'Same email',
  same_name: 'Same name at the same organisation',
  same_domain: 'Same domain',
  recorded: 'Found when people were separated from deals',
}

/** One side of a suggested pair, as the list shows it. */
export interface DuplicateSide {
  id: number
  name: string
  /** A person's first email, an organisation's domain. */
  detail: string | null
  /** A person's organisation. */
  organizationName: string | null
  deals: number
  createdAt: string
}

export interface DuplicatePair {
  kind: MergeKind
  reason: DuplicateReason
  first: DuplicateSide
  second: DuplicateSide
}

/** A merge as the record's history lists it. */
export interface PartyMerge {
  id: number
  kind: MergeKind
  keptId: number
  mergedId: number
  mergedName: string
  mergedAt: string
  /** How many deals moved to the kept record. */
  dealsMoved: number
}

export interface MergeDone {
  mergeId: number
  keptId: number
  dealsMoved: number
}

export interface MergeUndone {
  keptId: number
  /** The merged record's id again (a new one only if its old id was taken since). */
  restoredId: number
  dealsRestored: number
}
