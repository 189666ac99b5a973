import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createContext, useContext, useState, type ReactNode } from 'react'
import { ToastProvider } from '../ui/Toast'
import type { BatonClient } from './client'

const ApiContext = createContext<BatonClient | null>(null)

export function ApiProvider({ client, children }: { client: BatonClient; children: ReactNode }) {
  const [queryClient] = useState(
    // A write is never held back to run later: while a team server is away it fails at once with main's message.
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 }, mutations: { networkMode: 'always' } } }),
  )
  return (
    <ApiContext.Provider value={client}>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>{children}</ToastProvider>
      </QueryClientProvider>
    </ApiContext.Provider>
  )
}

export function useApi(): BatonClient {
  const client = useContext(ApiContext)
  if (!client) throw new Error('useApi must be used inside <ApiProvider>')
  return client
}
