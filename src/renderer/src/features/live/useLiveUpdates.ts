import { onlineManager, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { ServerStatus } from '@shared/contract/events'
import { queryKeysFor } from '@shared/domain/liveRefresh'
import { onAppEvent } from '../commands/commandBus'

// A team workspace's pages follow what the other members commit (issue 19): main turns the
// server's NOTIFYs into `data-changed`, and this refetches exactly the queries that show it.
// While the server is away, queries wait (react-query's "offline": what was loaded stays on
// screen, no error replaces it) and writes fail at once with main's message; when it is back,
// everything shown is refetched (what was committed meanwhile was never announced here).

// Online means "the team server can be reached", which only main knows: the browser's own
// online/offline events would pause a solo workspace (which needs no network) on a train.
onlineManager.setEventListener(() => () => undefined)

export function useLiveUpdates(): void {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      onAppEvent('data-changed', ({ changes }) => {
        for (const queryKey of queryKeysFor(changes)) void queryClient.invalidateQueries({ queryKey: [...queryKey] })
      }),
    [queryClient],
  )
  useEffect(
    () =>
      onAppEvent('server-status', (status) => {
        onlineManager.setOnline(status.state === 'reconnected')
        if (status.state === 'reconnected') void queryClient.invalidateQueries()
      }),
    [queryClient],
  )
}

/** The team server's latest news (null until it first goes away). */
export function useServerStatus(): ServerStatus | null {
  const [status, setStatus] = useState<ServerStatus | null>(null)
  useEffect(() => onAppEvent('server-status', setStatus), [])
  return status
}
