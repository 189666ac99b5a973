import type { ReactNode } from 'react'
import { RecoveryScreen } from './RecoveryScreen'
import { useRecoveryStatus } from './backups.queries'

/** Shows the recovery screen instead of the app while the data file is damaged. */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const status = useRecoveryStatus()
  // One quick call before the first paint, so a damaged file never flashes the app's error states.
  if (status.isPending) return null
  if (status.data?.damaged) return <RecoveryScreen status={status.data} />
  return <>{children}</>
}
