import { DndContext } from '@dnd-kit/core'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { BoardCard, BoardColumn as Column } from '@shared/domain/board'
import type { Stage } from '@shared/domain/pipelines'
import { BoardColumn } from './BoardColumn'
import { useBoardSensors } from './sensors'

function Dnd({ children }: { children: ReactNode }) {
  return <DndContext sensors={useBoardSensors()}>{children}</DndContext>
}

const stage: Stage = { id: 3, pipelineId: 1, name: 'Qualified', position: 2, kind: 'open', winProbability: 40, staleDays: 14, color: '#6366f1' }
const card = (id: number): BoardCard =>
  ({ id, stageId: 3, personName: `Person ${id}`, company: null, valueMinor: 100_000, stageEnteredAt: new Date().toISOString(), nextFollowUpAt: null, stale: false }) as unknown as BoardCard

type Handlers = { onOpen?: (id: number) => void; onQuickAdd?: (stageId: number) => void; onLoadMore?: (stageId: number, offset: number) => void }

function renderColumn(column: Partial<Column>, handlers: Handlers = {}) {
  const full: Column = { stageId: 3, cards: [], count: 0, totalValueMinor: 0, weightedValueMinor: 0, hasMore: false, ...column }
  return render(
    <Dnd>
      <BoardColumn column={full} stage={stage} onOpen={handlers.onOpen ?? (() => {})} onQuickAdd={handlers.onQuickAdd ?? (() => {})} onLoadMore={handlers.onLoadMore ?? (() => {})} loadingMore={false} />
    </Dnd>,
  )
}

describe('BoardColumn', () => {
  it('heads the column with its name, count, total and weighted value', () => {
    renderColumn({ cards: [card(1), card(2)], count: 2, totalValueMinor: 200_000, weightedValueMinor: 80_000 })
    const column = screen.getByRole('region', { name: 'Qualified, 2 leads' })
    expect(within(column).getByRole('heading', { name: 'Qualified' })).toBeInTheDocument()
    expect(within(column).getByText('$2K')).toBeInTheDocument()
    expect(within(column).getByText('$800 weighted')).toBeInTheDocument()
    expect(within(column).getAllByRole('button', { name: /Person/ })).toHaveLength(2)
  })

  it('opens a card with a click or Enter and quick-adds into this stage', async () => {
    const user = userEvent.setup()
    const onOpen = vi.fn<(id: number) => void>()
    const onQuickAdd = vi.fn<(stageId: number) => void>()
    renderColumn({ cards: [card(7)], count: 1 }, { onOpen, onQuickAdd })
    expect(screen.getByRole('region', { name: 'Qualified, 1 lead' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /^Person 7(?!\d)/ }))
    expect(onOpen).toHaveBeenCalledWith(7)
    screen.getByRole('button', { name: /^Person 7(?!\d)/ }).focus()
    await user.keyboard('{Enter}')
    expect(onOpen).toHaveBeenCalledTimes(2)
    await user.click(screen.getByRole('button', { name: 'Add lead to Qualified' }))
    expect(onQuickAdd).toHaveBeenCalledWith(3)
  })

  it("names a card by person, company and value, and describes the rest of what it shows", () => {
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000 - 60_000).toISOString()
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString()
    const dana = { ...card(9), personName: 'Dana Li', company: 'Northwind', valueMinor: 1_250_000, sourceCampaignName: 'Spring webinar', sourceChannel: 'video', owner: 'Sam Porter', stageEnteredAt: tenDaysAgo, nextFollowUpAt: inThreeDays, stale: true } as BoardCard
    renderColumn({ cards: [dana, card(2)], count: 2 })
    const named = screen.getByRole('button', { name: 'Dana Li, Northwind, $12,500' })
    expect(named).toHaveAttribute('aria-roledescription', 'lead card')
    expect(named).toHaveAccessibleDescription(/^From Spring webinar \(Video\)\. Owner Sam Porter\. 10 days in stage\. Follow-up due \w+ \d+\. Stale\. To pick up a draggable item/)
    expect(screen.getByRole('button', { name: 'Person 2, $1,000' })).toHaveAccessibleDescription(/^\d+ days? in stage\. To pick up a draggable item/)
  })

  it('renders only a window of a long column and asks for more at its end', () => {
    const onLoadMore = vi.fn<(stageId: number, offset: number) => void>()
    const cards = Array.from({ length: 40 }, (_, i) => card(i + 1))
    renderColumn({ cards, count: 5000, hasMore: true }, { onLoadMore })
    expect(screen.getByRole('region', { name: 'Qualified, 5,000 leads' })).toBeInTheDocument()
    expect(screen.getAllByRole('button', { name: /Person/ }).length).toBeLessThan(40)
    expect(onLoadMore).not.toHaveBeenCalled()
  })

  it('teaches what to do when empty', () => {
    renderColumn({})
    expect(screen.getByText('No leads here. Drag one in, or add one.')).toBeInTheDocument()
  })
})
