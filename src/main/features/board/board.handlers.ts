import type { boardContract } from '@shared/contract/board'
import type { HandlersFor } from '../context'
import { loadBoard, loadColumn } from './board.repo'

export const boardHandlers: HandlersFor<typeof boardContract> = {
  'board.load': ({ db }, input) => loadBoard(db, input),
  'board.column': ({ db }, input) => loadColumn(db, input),
}
