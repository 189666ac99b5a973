import type { ReactNode } from 'react'
import { RecoveryScreen } from './RecoveryScreen'
import { useRecoveryStatus } from './backups.queries'

/** Shows the recovery screen instead of the app while the data file is damaged. */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const status = useRecoveryStatus()
  if (status.data?.damaged) return <RecoveryScreen status={status.data} />
  return <>{children}</>
}
