import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '@shared/contract'
import type { BoardFilters } from '@shared/contract/board'
import type { BoardData } from '@shared/domain/board'
import type { Stage } from '@shared/domain/pipelines'
import { useApi } from '../../api/ApiProvider'
import { useInvalidateLeads } from '../leads/leads.queries'
import { applyMove, type PlannedMove } from './board.moves'

export const boardKeys = {
  board: (pipelineId: number, filters: BoardFilters) => ['board', pipelineId, filters] as const,
  lostReasons: ['lostReasons'] as const,
  owners: ['leads', 'owners'] as const,
  tags: ['leads', 'tags'] as const,
}

export const PER_COLUMN = 40

export function useBoard(pipelineId: number | undefined, filters: BoardFilters) {
  const api = useApi()
  return useQuery({
    queryKey: boardKeys.board(pipelineId ?? 0, filters),
    queryFn: () => api.call('board.load', { pipelineId: pipelineId as number, filters, perColumn: PER_COLUMN }),
    enabled: pipelineId !== undefined,
    placeholderData: (previous) => (previous?.pipelineId === pipelineId ? previous : undefined),
  })
}

/** Appends the next page of one column to the cached board (infinite scroll within a column). */
export function useLoadMoreCards(pipelineId: number, filters: BoardFilters) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ stageId, offset }: { stageId: number; offset: number }) => api.call('board.column', { stageId, filters, offset, limit: PER_COLUMN }),
    onSuccess: (page, { stageId }) => {
      queryClient.setQueryData<BoardData>(boardKeys.board(pipelineId, filters), (board) =>
        board && {
          ...board,
          columns: board.columns.map((column) => {
            if (column.stageId !== stageId) return column
            const known = new Set(column.cards.map((c) => c.id))
            return { ...column, cards: [...column.cards, ...page.cards.filter((c) => !known.has(c.id))], hasMore: page.hasMore }
          }),
        },
      )
    },
  })
}

type MoveRequest = PlannedMove & Pick<InputOf<'leads.move'>, 'lostReason' | 'lostNote' | 'wonValueMinor'>

/**
 * Moves a card: the board changes at once, main is asked, and if main says no the
 * board goes back to how it was and the error is handed to the caller to show.
 */
export function useMoveLead(pipelineId: number, filters: BoardFilters, stages: Stage[]) {
  const api = useApi()
  const queryClient = useQueryClient()
  const invalidate = useInvalidateLeads()
  const key = boardKeys.board(pipelineId, filters)
  return useMutation({
    mutationFn: (move: MoveRequest) =>
      api.call('leads.move', {
        leadId: move.leadId,
        stageId: move.toStageId,
        beforeLeadId: move.beforeLeadId,
        ...(move.lostReason !== undefined && { lostReason: move.lostReason }),
        ...(move.lostNote !== undefined && { lostNote: move.lostNote }),
        ...(move.wonValueMinor !== undefined && { wonValueMinor: move.wonValueMinor }),
      }),
    onMutate: async (move) => {
      await queryClient.cancelQueries({ queryKey: key })
      const previous = queryClient.getQueryData<BoardData>(key)
      if (previous) {
        const patch = move.wonValueMinor === undefined ? {} : { valueMinor: move.wonValueMinor }
        queryClient.setQueryData(key, applyMove(previous, stages, move, patch))
      }
      return { previous }
    },
    onError: (_error, _move, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous)
    },
    onSettled: () => invalidate(),
  })
}

export function useLostReasons() {
  const api = useApi()
  return useQuery({ queryKey: boardKeys.lostReasons, queryFn: () => api.call('lostReasons.list', {}) })
}

export function useOwnersAndTags() {
  const api = useApi()
  const owners = useQuery({ queryKey: boardKeys.owners, queryFn: () => api.call('leads.owners', {}) })
  const tags = useQuery({ queryKey: boardKeys.tags, queryFn: () => api.call('leads.tags', {}) })
  return { owners: owners.data ?? [], tags: tags.data ?? [] }
}
