import type { teamServerContract } from '@shared/contract/teamServer'
import type { HandlersFor } from '../context'
import { networkAddresses } from './hosting'
import { inviteMember, listAccess, newPassword, removeMember, setMemberRole } from './members'
import { probe } from './connection'
import { hostHere, join, openInvitation, openSolo, rememberIssued, saveOfflineCopy, saveInvitation, statusWithMove, useServer } from './teamServer.service'

export const teamServerHandlers: HandlersFor<typeof teamServerContract> = {
  'teamServer.status': (ctx) => statusWithMove(ctx),
  'teamServer.networkAddresses': () => networkAddresses(),
  'teamServer.host': (ctx, input) => hostHere(ctx, input),
  'teamServer.probe': async (_ctx, { host, port }) => {
    const found = await probe(host, port)
    return found.tls === 'none' ? found : { tls: found.tls, fingerprint: found.fingerprint }
  },
  'teamServer.useServer': (ctx, input) => useServer(ctx, input),
  'teamServer.openInvitation': (ctx) => openInvitation(ctx),
  'teamServer.join': (ctx, input) => join(ctx, input),
  'teamServer.openSolo': (ctx) => openSolo(ctx),
  'teamServer.saveOfflineCopy': (ctx) => saveOfflineCopy(ctx),
  'teamServer.members': ({ db }) => listAccess(db),
  'teamServer.invite': async (ctx, input) => rememberIssued(ctx, await inviteMember(ctx.db, input)),
  'teamServer.newPassword': async (ctx, { memberId }) => rememberIssued(ctx, await newPassword(ctx.db, memberId)),
  'teamServer.saveInvitation': (ctx, { memberId }) => saveInvitation(ctx, memberId),
  'teamServer.setRole': ({ db }, { memberId, role }) => setMemberRole(db, memberId, role),
  'teamServer.remove': ({ db }, { memberId }) => removeMember(db, memberId),
}
