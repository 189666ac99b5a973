import { KeyboardSensor, type KeyboardSensorOptions, type SensorContext, type SensorInstance, type SensorProps } from '@dnd-kit/core'

export interface SteadyKeyboardOptions extends KeyboardSensorOptions {
  /** Stage ids in pipeline order: where Left and Right lead. */
  stageOrder: readonly number[]
}

const DRAG_KEYS = new Set(['Space', 'Enter', 'Escape', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'])
// A safety valve: a key never waits longer than this many frames for the board to catch up.
const MAX_WAIT_FRAMES = 90

type Settled = (context: SensorContext, frames: number) => boolean

const stageOf = (context: SensorContext): unknown => context.over?.data.current?.['stageId'] ?? context.active?.data.current?.['stageId']

/**
 * dnd-kit's keyboard sensor starts listening for keys one task after the Space that picked the
 * card up, and moves from where the board was last measured: keys typed faster than the board
 * re-measures were lost or acted on the old position (Space, →, Space left the card where it was).
 * This sensor holds each drag key until the board has caught up with the key before it — the
 * drag measured after the pick-up, the card over the stage an arrow aimed at — and then hands it
 * on, in order. A move typed at speed lands exactly where the same keys typed slowly would.
 */
export class SteadyKeyboardSensor implements SensorInstance {
  static activators = KeyboardSensor.activators

  autoScrollEnabled = false
  private readonly held: KeyboardEvent[] = []
  private busy = true
  private replaying = false
  private ended = false
  private readonly document: Document
  private readonly props: SensorProps<SteadyKeyboardOptions>

  constructor(props: SensorProps<SteadyKeyboardOptions>) {
    this.props = props
    this.document = (props.event.target as Node | null)?.ownerDocument ?? document
    this.document.addEventListener('keydown', this.gate, true)
    const finish = (then: () => void) => () => {
      this.ended = true
      this.held.length = 0
      this.document.removeEventListener('keydown', this.gate, true)
      then()
    }
    new KeyboardSensor({ ...props, onEnd: finish(() => props.onEnd()), onCancel: finish(() => props.onCancel()) })
    // The inner sensor attaches its key listener in a timeout; this one is queued after it.
    setTimeout(() => this.waitUntil((context) => context.droppableRects.size > 0 && context.collisionRect !== null && context.over !== null))
  }

  private readonly gate = (event: KeyboardEvent) => {
    if (this.replaying || this.ended || !DRAG_KEYS.has(event.code)) return
    if (this.busy) {
      event.preventDefault()
      event.stopPropagation()
      this.held.push(event)
      return
    }
    // Not busy: the key goes on to the inner sensor now; the next one waits for its effect.
    this.waitUntil(this.settledAfter(event.code))
  }

  /** When the board has caught up with a key: Left/Right once the card is over the stage they aim at. */
  private settledAfter(code: string): Settled {
    const step = code === 'ArrowRight' ? 1 : code === 'ArrowLeft' ? -1 : 0
    const { stageOrder } = this.props.options
    const target = step === 0 ? undefined : stageOrder[stageOrder.indexOf(stageOf(this.props.context.current) as number) + step]
    if (target === undefined) return (_context, frames) => frames >= 2
    return (context, frames) => frames >= 2 && context.over?.data.current?.['stageId'] === target
  }

  private waitUntil(settled: Settled) {
    this.busy = true
    let frames = 0
    const check = () => {
      if (this.ended) return
      if (settled(this.props.context.current, frames) || frames >= MAX_WAIT_FRAMES) this.next()
      else {
        frames += 1
        requestAnimationFrame(check)
      }
    }
    check()
  }

  private next() {
    const event = this.held.shift()
    if (!event) {
      this.busy = false
      return
    }
    const settled = this.settledAfter(event.code)
    const target = event.target instanceof Node && event.target.isConnected ? event.target : this.document
    this.replaying = true
    try {
      target.dispatchEvent(new KeyboardEvent('keydown', { key: event.key, code: event.code, bubbles: true, cancelable: true }))
    } finally {
      this.replaying = false
    }
    this.waitUntil(settled)
  }
}
