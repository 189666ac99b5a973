import type { teamContract } from '@shared/contract/team'
import type { HandlersFor } from '../context'
import { addMember, listTeam, renameMember, setMemberArchived, setMemberEmail } from './team.service'

export const teamHandlers: HandlersFor<typeof teamContract> = {
  'team.list': ({ db }) => listTeam(db),
  'team.add': ({ db }, { name, email }) => addMember(db, name, email),
  'team.rename': ({ db }, { id, name }) => renameMember(db, id, name),
  'team.setEmail': ({ db }, { id, email }) => setMemberEmail(db, id, email),
  'team.setArchived': ({ db }, { id, archived }) => setMemberArchived(db, id, archived),
}
