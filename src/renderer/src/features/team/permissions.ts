import type { TeamRole } from '@shared/contract/teamServer'
import { useWorkspaceStatus } from './team.queries'

// What the signed-in person's role lets them do, so the window hides or disables (with the
// reason) what the team's server would refuse anyway. A solo workspace allows everything.

export type Capability = 'write' | 'settings' | 'pipelines' | 'members' | 'delete'

const OWNER_ONLY: Record<Exclude<Capability, 'write'>, string> = {
  settings: 'Only the team’s owners can change settings.',
  pipelines: 'Only the team’s owners can change pipelines and stages.',
  members: 'Only the team’s owners can change who is on the team.',
  delete: 'Only the team’s owners can delete this.',
}

const VIEWER = 'You can read and export in this team, not change anything. Ask an owner to make you a member.'

/** Why `role` may not do `capability`, or null when it may. */
export function refusalFor(role: TeamRole | null, capability: Capability): string | null {
  if (role === null || role === 'owner') return null
  if (role === 'viewer') return capability === 'write' ? VIEWER : OWNER_ONLY[capability]
  return capability === 'write' ? null : OWNER_ONLY[capability]
}

export interface Permissions {
  /** null in a solo workspace. */
  role: TeamRole | null
  can(capability: Capability): boolean
  /** The reason to show beside a disabled control; undefined when allowed. */
  why(capability: Capability): string | undefined
}

export function usePermissions(): Permissions {
  const status = useWorkspaceStatus()
  const role = status.data?.kind === 'team' ? status.data.role : null
  return {
    role,
    can: (capability) => refusalFor(role, capability) === null,
    why: (capability) => refusalFor(role, capability) ?? undefined,
  }
}
