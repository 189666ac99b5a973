import type { TeamRole } from '@shared/contract/teamServer'

/** How each role reads in the window: its name and what it may do. */
export const ROLE_LABELS: Record<TeamRole, { name: string; does: string }> = {
  owner: { name: 'Owner', does: 'Everything: members, pipelines and stages, settings, deleting.' },
  member: { name: 'Member', does: 'Leads, people, campaigns, goals and activities; deletes their own leads.' },
  viewer: { name: 'Viewer', does: 'Reads everything and exports; changes nothing.' },
}
