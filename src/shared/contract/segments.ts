import { z } from 'zod'
import type { Segment } from '../domain/campaigns'
import { call } from './define'
import { optionalText, requiredText } from './fields'

export const SegmentInput = z.object({
  name: requiredText(80, 'Give the segment a name'),
  description: optionalText(500),
})

export const segmentsContract = {
  'segments.list': call(z.object({}).strict()).returns<Segment[]>(),
  'segments.create': call(SegmentInput).returns<Segment>(),
}
