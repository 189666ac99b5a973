import type { ReactNode } from 'react'
import type { RecoveryStatus } from '@shared/domain/backups'
import { RecoveryScreen } from './RecoveryScreen'
import { useCheckedStatus, useDamageWatch, useRecoveryStatus } from './backups.queries'

type Damaged = Extract<RecoveryStatus, { damaged: true }>
const damagedIn = (status: RecoveryStatus | undefined): Damaged | null => (status?.damaged ? status : null)

/**
 * Shows the recovery screen instead of the app while the data file is damaged: found on opening,
 * by the integrity check that finishes after the first screen, or by any call that says so.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const status = useRecoveryStatus()
  const checked = useCheckedStatus(status.data?.damaged === false, status.dataUpdatedAt)
  useDamageWatch()
  // One quick call before the first paint, so a damaged file never flashes the app's error states.
  if (status.isPending) return null
  const damaged = damagedIn(status.data) ?? damagedIn(checked.data)
  if (damaged) return <RecoveryScreen status={damaged} />
  return <>{children}</>
}
