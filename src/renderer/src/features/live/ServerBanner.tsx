import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { firmWallTime } from '../../ui/clock'
import { Icon } from '../../ui/icons'
import { useLiveUpdates, useServerStatus } from './useLiveUpdates'
import './live.css'

// The strip at the top of the window when the team server cannot be reached: since when, that
// nothing can be saved, and that Baton keeps trying; then, for a moment, that it is back.

const clock = (iso: string) => firmWallTime(iso).time

/** How long "Reconnected" stays before the strip goes away. */
const RECONNECTED_SHOWN_MS = 6_000

export function ServerBanner() {
  useLiveUpdates()
  const status = useServerStatus()
  const [dismissedAt, setDismissedAt] = useState<string | null>(null)
  useEffect(() => {
    if (status?.state !== 'reconnected') return
    const timer = setTimeout(() => setDismissedAt(status.since), RECONNECTED_SHOWN_MS)
    return () => clearTimeout(timer)
  }, [status])
  const strip = useRef<HTMLDivElement>(null)
  const visible = status !== null && (status.state === 'lost' || dismissedAt !== status.since)
  // The lead drawer opens below the strip, so the news stays in sight while a lead is edited.
  useLayoutEffect(() => {
    const root = document.documentElement
    if (visible && strip.current) root.style.setProperty('--server-banner-height', `${strip.current.offsetHeight}px`)
    else root.style.removeProperty('--server-banner-height')
  }, [visible, status])
  if (!status || !visible) return null
  if (status.state === 'lost') {
    return (
      <div ref={strip} className="server-banner server-banner--lost" role="alert">
        <Icon name="server" width={16} height={16} />
        <span>
          <strong>Can’t reach the team server since {clock(status.since)}</strong> — changes can’t be saved; Baton keeps trying.
          What you see is as it was then.
        </span>
      </div>
    )
  }
  return (
    <div ref={strip} className="server-banner server-banner--back" role="status">
      <Icon name="server" width={16} height={16} />
      <span>
        <strong>Reconnected</strong> at {clock(status.since)} — everything on screen is up to date again.
      </span>
    </div>
  )
}
