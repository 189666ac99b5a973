import { X509Certificate } from 'node:crypto'
import { z } from 'zod'
import { TEAM_ROLES, type TeamRole } from '@shared/contract/teamServer'
import { AppError } from '@shared/errors'
import { fingerprintOf, normaliseFingerprint } from './certificate'
import type { Trust } from './connection'

// The .baton-team file an owner saves for a new member: where the server is, which database,
// the member's own login and password, and the server's certificate to pin. JSON with a
// format name and a version, checked with zod, so a file cut short, edited by hand or made by
// a newer Baton gets a message that says what is wrong and where.

export const INVITATION_EXTENSION = 'baton-team'
const FORMAT = 'baton-team-invitation'
const VERSION = 1

const PemCertificate = z.string().refine((pem) => {
  try {
    new X509Certificate(pem)
    return true
  } catch {
    return false
  }
}, 'is not a certificate Baton can read')

const InvitationV1 = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  team: z.string().min(1).max(60),
  server: z.object({
    host: z.string().min(1).max(253),
    port: z.int().min(1).max(65535),
    database: z.string().min(1).max(63),
  }),
  member: z.object({ name: z.string().min(1).max(80), role: z.enum(TEAM_ROLES) }),
  login: z.object({ user: z.string().min(1).max(63), password: z.string().min(1).max(200) }),
  tls: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('pinned'), certificate: PemCertificate, fingerprint: z.string() }),
    z.object({ mode: z.literal('public') }),
    z.object({ mode: z.literal('this-computer') }),
  ]),
  issued: z.object({ at: z.string(), by: z.string().nullable() }),
})

export type Invitation = z.infer<typeof InvitationV1>

export interface InvitationInput {
  teamName: string
  host: string
  port: number
  database: string
  memberName: string
  role: TeamRole
  login: string
  password: string
  trust: Trust
  issuedBy: string | null
}

export function makeInvitation(input: InvitationInput, now = new Date()): Invitation {
  const tls: Invitation['tls'] =
    input.trust.mode === 'pinned' ? { mode: 'pinned', certificate: input.trust.certificate, fingerprint: fingerprintOf(input.trust.certificate) } : input.trust
  return {
    format: FORMAT,
    version: VERSION,
    team: input.teamName,
    server: { host: input.host, port: input.port, database: input.database },
    member: { name: input.memberName, role: input.role },
    login: { user: input.login, password: input.password },
    tls,
    issued: { at: now.toISOString(), by: input.issuedBy },
  }
}

export const formatInvitation = (invitation: Invitation) => `${JSON.stringify(invitation, null, 2)}\n`

/** Where in the file a problem is, in words: "server › port". */
const where = (path: PropertyKey[]) => path.map(String).join(' › ')

/** What is wrong with one value, for a person: "is missing", "should be a number"… */
function what(issue: z.core.$ZodIssue, json: unknown): string {
  const value = issue.path.reduce<unknown>((at, key) => (typeof at === 'object' && at !== null ? (at as Record<PropertyKey, unknown>)[key] : undefined), json)
  if (issue.code === 'invalid_type') return value === undefined ? 'is missing' : `should be a ${issue.expected}`
  if (issue.code === 'invalid_value' || issue.code === 'invalid_union') return 'is not one Baton knows'
  if (issue.code === 'too_big' || issue.code === 'too_small') return 'is out of range'
  return issue.message
}

/** Reads an invitation file's text; throws an AppError that says what is wrong with it. */
export function parseInvitation(text: string, fileName: string): Invitation {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new AppError('invalid_input', `${fileName} is not a Baton team invitation: it is not JSON (it may be cut short or damaged). Ask the team's owner to save it again.`)
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== FORMAT) {
    throw new AppError('invalid_input', `${fileName} is not a Baton team invitation. Open the .${INVITATION_EXTENSION} file the team's owner saved for you.`)
  }
  const version = (json as { version?: unknown }).version
  if (typeof version === 'number' && version > VERSION) {
    throw new AppError('invalid_input', `${fileName} was made by a newer version of Baton (invitation version ${version}). Update Baton, then open it again.`)
  }
  const parsed = InvitationV1.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new AppError('invalid_input', `${fileName} is damaged: ${where(issue.path) || 'the file'} ${what(issue, json)}. Ask the team's owner to save it again.`)
  }
  const invitation = parsed.data
  if (invitation.tls.mode === 'pinned' && normaliseFingerprint(invitation.tls.fingerprint) !== fingerprintOf(invitation.tls.certificate)) {
    throw new AppError('invalid_input', `${fileName} is damaged: the certificate's fingerprint does not match the one written beside it. Ask the team's owner to save it again.`)
  }
  return invitation
}

/** The invitation's trust, as a profile keeps it. */
export const trustOf = (invitation: Invitation): Trust =>
  invitation.tls.mode === 'pinned' ? { mode: 'pinned', certificate: invitation.tls.certificate } : { mode: invitation.tls.mode }
