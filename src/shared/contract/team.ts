import { z } from 'zod'
import { call } from './define'
import { Email, Id, requiredText } from './fields'

export interface TeamMember {
  id: number
  name: string
  email: string | null
  archived: boolean
  /** Open and closed leads this person owns. */
  leadCount: number
}

const Name = requiredText(80, 'Enter the person’s name')

export const teamContract = {
  /** Everyone, active first, then by name. */
  'team.list': call(z.object({}).strict()).returns<TeamMember[]>(),
  'team.add': call(z.object({ name: Name, email: Email }).strict()).returns<TeamMember>(),
  /** Renames the member and every lead they own, in one go. */
  'team.rename': call(z.object({ id: Id, name: Name }).strict()).returns<TeamMember>(),
  'team.setEmail': call(z.object({ id: Id, email: Email }).strict()).returns<TeamMember>(),
  /** Archived members keep their leads but are no longer offered as an owner. */
  'team.setArchived': call(z.object({ id: Id, archived: z.boolean() }).strict()).returns<TeamMember>(),
}
