import { useInfiniteQuery } from '@tanstack/react-query'
import type { BoardFilters } from '@shared/contract/board'
import type { Stage } from '@shared/domain/pipelines'
import { useApi } from '../../api/ApiProvider'
import { Dialog } from '../../ui/Dialog'
import { money, shortDay } from '../../ui/format'

/** The leads behind a Won or Lost zone, newest page by page. */
export function ClosedLeadsDialog({ stage, filters, onOpenLead, onClose }: { stage: Stage; filters: BoardFilters; onOpenLead: (id: number) => void; onClose: () => void }) {
  const api = useApi()
  const pages = useInfiniteQuery({
    queryKey: ['board', 'closed', stage.id, filters],
    queryFn: ({ pageParam }) => api.call('board.column', { stageId: stage.id, filters, offset: pageParam, limit: 50 }),
    initialPageParam: 0,
    getNextPageParam: (last, all) => (last.hasMore ? all.reduce((n, p) => n + p.cards.length, 0) : undefined),
  })
  const cards = pages.data?.pages.flatMap((p) => p.cards) ?? []
  return (
    <Dialog title={`${stage.name} leads`} open onClose={onClose} wide>
      {cards.length === 0 && !pages.isLoading && <p className="muted">No leads are {stage.kind} yet{Object.keys(filters).length > 1 ? ' with these filters' : ''}.</p>}
      <ul className="closed-list">
        {cards.map((card) => (
          <li key={card.id}>
            <button type="button" className="closed-list__item" onClick={() => onOpenLead(card.id)}>
              <span className="cell-strong">{card.personName}</span>
              <span className="muted">{card.company}</span>
              <span>{stage.kind === 'lost' ? card.lostReason : money(card.valueMinor)}</span>
              <span className="muted">{shortDay(card.closedAt)}</span>
            </button>
          </li>
        ))}
      </ul>
      {pages.hasNextPage && (
        <button type="button" className="button" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
          Show more
        </button>
      )}
    </Dialog>
  )
}
