import { z } from 'zod'
import type { Achievability, PastValue } from '../domain/goalsAchievability'
import type { Goal, GoalBurnUp, GoalCheckin, GoalChip, GoalContributors, GoalDetail, GoalView } from '../domain/goals'
import { GOAL_METRICS } from '../domain/goals'
import { CHANNELS, GOAL_TEAMS } from '../domain/enums'
import { call } from './define'
import { BasedOnVersion, Id, IsoDay, optionalText, requiredText } from './fields'

export const GoalFiltersInput = z
  .object({
    campaignId: Id.optional(),
    channel: z.enum(CHANNELS).optional(),
    segmentId: Id.optional(),
    pipelineId: Id.optional(),
    owner: z.string().trim().min(1).max(80).optional(),
  })
  .strict()
  .default({})

const requiredDay = (missing: string) => z.string(missing).min(1, missing).pipe(IsoDay)

const Target = z.number('Set a target number').finite('Set a target number').min(0, 'The target cannot be negative').max(1e13, 'That target is too large')

export const GoalInput = z
  .object({
    title: requiredText(120, 'Name the goal, e.g. “Q1 revenue $60,000”'),
    description: optionalText(1000),
    team: z.enum(GOAL_TEAMS, 'Pick the team: marketing, sales or shared'),
    owner: optionalText(80),
    metric: z.enum(GOAL_METRICS, 'Pick the figure that measures the goal'),
    manualName: optionalText(80),
    target: Target,
    baseline: z.number().finite().nullable().default(null),
    startsOn: requiredDay('Add a start date'),
    endsOn: requiredDay('Add an end date: a goal without a deadline cannot be tracked'),
    filters: GoalFiltersInput,
    why: optionalText(1000),
    parentId: Id.nullable().default(null),
    campaignIds: z.array(Id).max(50).default([]),
    segmentIds: z.array(Id).max(50).default([]),
  })
  .refine((g) => !g.startsOn || !g.endsOn || g.endsOn >= g.startsOn, { path: ['endsOn'], message: 'The end date is before the start date' })
  .refine((g) => g.metric !== 'manual' || g.manualName !== null, { path: ['manualName'], message: 'Name what you will count, e.g. “newsletter subscribers”' })
export type GoalInput = z.input<typeof GoalInput>

export const AchievabilityQuery = z.object({
  metric: z.enum(GOAL_METRICS),
  filters: GoalFiltersInput,
  startsOn: IsoDay,
  endsOn: IsoDay,
  target: z.number().finite().min(0),
})

export const GoalPlace = z.union([z.object({ pipelineId: Id }).strict(), z.object({ campaignId: Id }).strict()])

export const goalsContract = {
  'goals.list': call(z.object({ archived: z.boolean().default(false) }).strict()).returns<GoalView[]>(),
  'goals.get': call(z.object({ id: Id })).returns<GoalDetail>(),
  'goals.create': call(GoalInput).returns<Goal>(),
  'goals.update': call(z.object({ id: Id, fields: GoalInput, basedOnVersion: BasedOnVersion })).returns<Goal>(),
  'goals.delete': call(z.object({ id: Id })).returns<{ id: number }>(),
  'goals.archive': call(z.object({ id: Id, archived: z.boolean() })).returns<Goal>(),
  'goals.refreeze': call(z.object({ id: Id })).returns<Goal>(),
  'goals.achievability': call(AchievabilityQuery).returns<Achievability & { history: PastValue[] }>(),
  'goals.burnUp': call(z.object({ id: Id })).returns<GoalBurnUp>(),
  'goals.contributors': call(z.object({ id: Id })).returns<GoalContributors>(),
  'goals.chips': call(GoalPlace).returns<GoalChip[]>(),
  'goals.addCheckin': call(
    z.object({ goalId: Id, checkedOn: IsoDay, value: z.number('Enter the reading as a number').finite('Enter the reading as a number'), note: optionalText(500) }),
  ).returns<GoalCheckin>(),
  'goals.deleteCheckin': call(z.object({ id: Id })).returns<{ id: number }>(),
}
