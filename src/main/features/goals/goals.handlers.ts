import type { goalsContract } from '@shared/contract/goals'
import type { HandlersFor } from '../context'
import { firmToday } from '../../db/calendar'
import { goalAchievability } from './goals.achievability'
import { goalBurnUp } from './goals.burnup'
import { goalChips } from './goals.chips'
import { goalContributors } from './goals.contributors'
import { addCheckin, archiveGoal, createGoal, deleteCheckin, deleteGoal, getGoalDetail, listGoalViews, refreezeGoal, updateGoal } from './goals.service'

export const goalsHandlers: HandlersFor<typeof goalsContract> = {
  'goals.list': async ({ db }, { archived }) => listGoalViews(db, archived, await firmToday(db)),
  'goals.get': async ({ db }, { id }) => getGoalDetail(db, id, await firmToday(db)),
  'goals.create': ({ db }, input) => createGoal(db, input),
  'goals.update': ({ db }, { id, fields, basedOnVersion }) => updateGoal(db, id, fields, basedOnVersion),
  'goals.delete': ({ db }, { id }) => deleteGoal(db, id),
  'goals.archive': async ({ db }, { id, archived }) => archiveGoal(db, id, archived, await firmToday(db)),
  'goals.refreeze': async ({ db }, { id }) => refreezeGoal(db, id, await firmToday(db)),
  'goals.achievability': ({ db }, query) => goalAchievability(db, query),
  'goals.burnUp': async ({ db }, { id }) => goalBurnUp(db, id, await firmToday(db)),
  'goals.contributors': async ({ db }, { id }) => goalContributors(db, id, await firmToday(db)),
  'goals.chips': async ({ db }, place) => goalChips(db, place, await firmToday(db)),
  'goals.addCheckin': ({ db }, input) => addCheckin(db, input),
  'goals.deleteCheckin': ({ db }, { id }) => deleteCheckin(db, id),
}
