import { PointerSensor, useSensor, useSensors, type KeyboardCoordinateGetter } from '@dnd-kit/core'
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable'
import { SteadyKeyboardSensor } from './SteadyKeyboardSensor'

/**
 * Left and right go to the previous or next stage in pipeline order (open stages, then
 * Won, then Lost) rather than to whatever lies nearest on screen, which on a narrow
 * window is the Won zone and not the next, scrolled-away column. Up and down move
 * within a column as the sortable list does.
 */
export function stageKeyboardCoordinates(stageOrder: readonly number[]): KeyboardCoordinateGetter {
  return (event, args) => {
    const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0
    if (step === 0) return sortableKeyboardCoordinates(event, args)
    event.preventDefault()
    const { active, over, droppableRects } = args.context
    const current: unknown = over?.data.current?.['stageId'] ?? active?.data.current?.['stageId']
    const next = stageOrder[stageOrder.indexOf(current as number) + step]
    const rect = next === undefined ? undefined : droppableRects.get(`stage-${next}`)
    return rect ? { x: rect.left + 8, y: rect.top + 8 } : undefined
  }
}

/**
 * A card moves only after the pointer travels a few pixels, so a click still opens it;
 * on the keyboard Space picks up and drops, Enter drops too, Escape cancels. Keys typed at speed
 * wait for the board to catch up (see SteadyKeyboardSensor), and the board scrolls at once rather
 * than smoothly, so a drop never lands on a column that is still sliding past.
 */
export function useBoardSensors(stageOrder: readonly number[] = []) {
  return useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(SteadyKeyboardSensor, {
      stageOrder,
      coordinateGetter: stageKeyboardCoordinates(stageOrder),
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
      scrollBehavior: 'auto',
    }),
  )
}
