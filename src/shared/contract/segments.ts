import { z } from 'zod'
import type { SegmentSummary } from '../domain/campaigns'
import { call } from './define'
import { Id, optionalText, requiredText } from './fields'

export const SegmentInput = z.object({
  name: requiredText(80, 'Give the segment a name'),
  description: optionalText(500),
  industry: optionalText(120),
  companySize: optionalText(60),
  region: optionalText(120),
  /** Who is in it by a choice field of people or organisations; null removes the rule, left out keeps it. */
  rule: z
    .object({ fieldId: Id, option: z.string().trim().min(1, 'Pick a choice').max(60) })
    .strict()
    .nullish(),
})
export type SegmentInput = z.input<typeof SegmentInput>

export const segmentsContract = {
  'segments.list': call(z.object({}).strict()).returns<SegmentSummary[]>(),
  'segments.create': call(SegmentInput).returns<SegmentSummary>(),
  'segments.update': call(z.object({ id: Id, fields: SegmentInput }).strict()).returns<SegmentSummary>(),
  /** Deletes the segment; its leads and campaigns stay, without a segment. Says how many were cleared. */
  'segments.delete': call(z.object({ id: Id }).strict()).returns<{ id: number; leadsCleared: number; campaignsCleared: number }>(),
}
