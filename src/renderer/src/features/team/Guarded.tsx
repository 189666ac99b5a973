import type { ReactNode } from 'react'
import { usePermissions, type Capability } from './permissions'

/** Controls a role may not use: shown, disabled, with the reason above them. */
export function Guarded({ capability, children }: { capability: Capability; children: ReactNode }) {
  const permissions = usePermissions()
  const why = permissions.why(capability)
  if (!why) return <>{children}</>
  return (
    <fieldset className="guarded" disabled>
      <p className="guarded__why" role="note">
        {why}
      </p>
      {children}
    </fieldset>
  )
}
