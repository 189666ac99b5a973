import type { goalsContract } from '@shared/contract/goals'
import type { HandlersFor } from '../context'
import { localDay } from '../board/days'
import { goalAchievability } from './goals.achievability'
import { goalBurnUp } from './goals.burnup'
import { goalChips } from './goals.chips'
import { goalContributors } from './goals.contributors'
import { addCheckin, archiveGoal, createGoal, deleteCheckin, deleteGoal, getGoalDetail, listGoalViews, refreezeGoal, updateGoal } from './goals.service'

export const goalsHandlers: HandlersFor<typeof goalsContract> = {
  'goals.list': ({ db }, { archived }) => listGoalViews(db, archived, localDay()),
  'goals.get': ({ db }, { id }) => getGoalDetail(db, id, localDay()),
  'goals.create': ({ db }, input) => createGoal(db, input),
  'goals.update': ({ db }, { id, fields }) => updateGoal(db, id, fields),
  'goals.delete': ({ db }, { id }) => deleteGoal(db, id),
  'goals.archive': ({ db }, { id, archived }) => archiveGoal(db, id, archived, localDay()),
  'goals.refreeze': ({ db }, { id }) => refreezeGoal(db, id, localDay()),
  'goals.achievability': ({ db }, query) => goalAchievability(db, query),
  'goals.burnUp': ({ db }, { id }) => goalBurnUp(db, id, localDay()),
  'goals.contributors': ({ db }, { id }) => goalContributors(db, id, localDay()),
  'goals.chips': ({ db }, place) => goalChips(db, place, localDay()),
  'goals.addCheckin': ({ db }, input) => addCheckin(db, input),
  'goals.deleteCheckin': ({ db }, { id }) => deleteCheckin(db, id),
}
