// Where the window opens: where it was last time, unless that place is no longer on any
// screen (a monitor unplugged, a resolution changed). Pure, so it is tested under Node.

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  bounds: Rect
  maximized: boolean
}

/** How much of the window must be on a screen for it to count as reachable (its title bar, mostly). */
const MIN_VISIBLE = { width: 120, height: 48 }

export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null
  const { bounds, maximized } = value as { bounds?: Partial<Rect>; maximized?: unknown }
  if (!bounds) return null
  const numbers = [bounds.x, bounds.y, bounds.width, bounds.height]
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return null
  const [x, y, width, height] = numbers.map((n) => Math.round(n as number)) as [number, number, number, number]
  if (width <= 0 || height <= 0) return null
  return { bounds: { x, y, width, height }, maximized: maximized === true }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  }
}

function centered(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width)
  const height = Math.min(size.height, area.height)
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height }
}

/**
 * The bounds to open with. `workAreas` are the screens' usable areas, the primary first.
 * Off-screen windows come back centred on the primary screen; windows larger than their
 * screen shrink to fit it; a window half off a screen is pulled fully onto it.
 */
export function restoreWindowState(saved: WindowState | null, workAreas: readonly Rect[], defaults: { width: number; height: number }): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: defaults.width, height: defaults.height }
  if (!saved) return { bounds: centered(defaults, primary), maximized: false }
  const best = workAreas
    .map((area) => ({ area, seen: overlap(saved.bounds, area) }))
    .sort((a, b) => b.seen.width * b.seen.height - a.seen.width * a.seen.height)[0]
  if (!best || best.seen.width < MIN_VISIBLE.width || best.seen.height < MIN_VISIBLE.height) {
    return { bounds: centered(saved.bounds, primary), maximized: saved.maximized }
  }
  const { area } = best
  const width = Math.min(saved.bounds.width, area.width)
  const height = Math.min(saved.bounds.height, area.height)
  const x = Math.min(Math.max(saved.bounds.x, area.x), area.x + area.width - width)
  const y = Math.min(Math.max(saved.bounds.y, area.y), area.y + area.height - height)
  return { bounds: { x, y, width, height }, maximized: saved.maximized }
}
