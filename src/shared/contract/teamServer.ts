import { z } from 'zod'
import { call } from './define'
import { Email, Id, requiredText } from './fields'

// A team workspace: hosting one here, setting one up on a firm's own PostgreSQL server,
// joining one with an invitation, and (for owners) who is on it with which role.

export const TEAM_ROLES = ['owner', 'member', 'viewer'] as const
export type TeamRole = (typeof TEAM_ROLES)[number]
export const TeamRoleInput = z.enum(TEAM_ROLES, { message: 'Choose owner, member or viewer' })

/** How this computer trusts the team server's certificate. */
export type ServerTrust = 'pinned' | 'public' | 'this-computer'

export interface HostedHere {
  /** 127.0.0.1 (this computer only), 0.0.0.0 (the office network) or one address of this computer. */
  listen: string
  port: number
  /** Addresses of this computer that members on the network may use. */
  addresses: string[]
}

export type WorkspaceStatus =
  | {
      kind: 'solo'
      title: string
      fileName: string
      /** The workspace's folder. */
      folder: string
    }
  | {
      kind: 'team'
      title: string
      teamName: string
      host: string
      port: number
      database: string
      /** The login this computer signs in with, and what its role lets it do. */
      login: string
      role: TeamRole
      /** The person on the team list this login belongs to. */
      memberName: string | null
      trust: ServerTrust
      /** The SHA-256 fingerprint of the certificate this computer trusts (pinned trust). */
      fingerprint: string | null
      hostedHere: HostedHere | null
      /** False when Baton did not set the workspace up as a team (no member logins to manage). */
      managed: boolean
      /** What "Move this workspace to the team server" copied, when the team was just opened with it. */
      moved?: WorkspaceMoved
    }

/** A team workspace written to a solo file: it opens in Baton (File → Open) and in any SQLite tool. */
export interface OfflineCopy {
  path: string
  leads: number
  rows: number
}

/** What moving the solo workspace into a new team copied; the solo file stays where it was, as a backup. */
export interface WorkspaceMoved {
  tables: number
  rows: number
  leads: number
  /** The solo file, kept as it was. */
  soloKeptAt: string
}

export interface TeamAccessMember {
  id: number
  name: string
  email: string | null
  /** null: on the team list without a login (named as an owner, or removed). */
  login: string | null
  role: TeamRole | null
  signedIn: boolean
  isYou: boolean
  archived: boolean
  leadCount: number
}

export interface IssuedInvitation {
  member: TeamAccessMember
  login: string
  /** Shown once; Baton keeps it in memory only until the invitation is saved or the window closes. */
  password: string
}

export interface NetworkAddress {
  address: string
  /** The network adapter's name (en0, Ethernet…). */
  adapter: string
}

export type ProbeResult =
  | { tls: 'pinned'; fingerprint: string }
  | { tls: 'public'; fingerprint: string }
  /** No TLS: allowed only for a server on this computer. */
  | { tls: 'none'; thisComputer: boolean }

export interface InvitationPreview {
  fileName: string
  teamName: string
  memberName: string
  role: TeamRole
  host: string
  port: number
  database: string
  login: string
  fingerprint: string | null
}

const Host = z
  .string()
  .trim()
  .min(1, 'Enter the server’s address')
  .max(253, 'That address is too long')
  .regex(/^[A-Za-z0-9.:_[\]-]+$/, 'Enter a host name or an IP address, without postgres:// or a port')
const Port = z.coerce.number({ message: 'Enter a port number' }).int('Enter a whole port number').min(1, 'Ports run from 1 to 65535').max(65535, 'Ports run from 1 to 65535')
const TeamName = requiredText(60, 'Enter the team’s name (your firm’s, usually)')
const PersonName = requiredText(80, 'Enter the person’s name')
const Fingerprint = z
  .string()
  .trim()
  .refine((text) => /^[0-9A-Fa-f]{64}$/.test(text.replace(/[\s:-]/g, '')), 'A fingerprint is 64 hexadecimal characters (pairs like AB:CD:…)')

export const HostInput = z
  .object({
    teamName: TeamName,
    yourName: PersonName,
    email: Email,
    listen: z.string().trim().min(1, 'Choose who may connect'),
    port: Port,
    /** Copy the solo workspace open now into the new team ("Move this workspace to the team server"). */
    moveThisWorkspace: z.boolean().default(false),
  })
  .strict()

export const UseServerInput = z
  .object({
    host: Host,
    port: Port,
    adminUser: requiredText(63, 'Enter the administrator’s login'),
    adminPassword: z.string().min(1, 'Enter the administrator’s password').max(200),
    teamName: TeamName,
    yourName: PersonName,
    email: Email,
    /** The fingerprint the person checked (from teamServer.probe); absent for a publicly trusted or local server. */
    fingerprint: Fingerprint.nullable().default(null),
    /** Copy the solo workspace open now into the new team ("Move this workspace to the team server"). */
    moveThisWorkspace: z.boolean().default(false),
  })
  .strict()

export const TypedJoinInput = z
  .object({
    source: z.literal('typed'),
    host: Host,
    port: Port,
    database: requiredText(63, 'Enter the database’s name'),
    login: requiredText(63, 'Enter your login'),
    password: z.string().min(1, 'Enter your password').max(200),
    fingerprint: Fingerprint.nullable().default(null),
  })
  .strict()

export const teamServerContract = {
  /** Which workspace is open: a solo file, or a team (with this login's role). */
  'teamServer.status': call(z.object({}).strict()).returns<WorkspaceStatus>(),
  /** This computer's addresses on its networks, for "the office network" when hosting. */
  'teamServer.networkAddresses': call(z.object({}).strict()).returns<NetworkAddress[]>(),
  /** Hosts the team on this computer and opens it as its first owner. */
  'teamServer.host': call(HostInput).returns<WorkspaceStatus>(),
  /** Asks a server for its certificate, to show its fingerprint before anything is sent to it. */
  'teamServer.probe': call(z.object({ host: Host, port: Port }).strict()).returns<ProbeResult>(),
  /** Sets the team up on a PostgreSQL server the firm already has, and opens it as its first owner. The admin login is not kept. */
  'teamServer.useServer': call(UseServerInput).returns<WorkspaceStatus>(),
  /** Asks for a .baton-team file and reads it; null when the person cancels. */
  'teamServer.openInvitation': call(z.object({}).strict()).returns<InvitationPreview | null>(),
  /** Joins with the invitation just opened, or with the same details typed by hand. */
  'teamServer.join': call(z.discriminatedUnion('source', [z.object({ source: z.literal('invitation') }).strict(), TypedJoinInput])).returns<WorkspaceStatus>(),
  /** "Save an offline copy": the team workspace as it stands, written to a solo file the person picks; null when they cancel. */
  'teamServer.saveOfflineCopy': call(z.object({}).strict()).returns<OfflineCopy | null>(),
  /** Goes back to the solo workspace on this computer (the team workspace stays on its server). */
  'teamServer.openSolo': call(z.object({}).strict()).returns<WorkspaceStatus>(),
  'teamServer.members': call(z.object({}).strict()).returns<TeamAccessMember[]>(),
  'teamServer.invite': call(z.object({ name: PersonName, email: Email, role: TeamRoleInput }).strict()).returns<IssuedInvitation>(),
  /** Gives a member a new password (the old one stops working), for a lost invitation. */
  'teamServer.newPassword': call(z.object({ memberId: Id }).strict()).returns<IssuedInvitation>(),
  /** Saves the invitation issued in this window for this member as a .baton-team file; null when the person cancels. */
  'teamServer.saveInvitation': call(z.object({ memberId: Id }).strict()).returns<{ path: string } | null>(),
  'teamServer.setRole': call(z.object({ memberId: Id, role: TeamRoleInput }).strict()).returns<TeamAccessMember>(),
  /** Stops the member's login at once and ends their open sessions; their leads stay. */
  'teamServer.remove': call(z.object({ memberId: Id }).strict()).returns<{ name: string; endedSessions: number }>(),
}
