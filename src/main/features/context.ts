import type { Kysely, Transaction } from 'kysely'
import type { Method, ParsedInputOf, ResultOf } from '@shared/contract'
import type { ContractSection } from '@shared/contract/define'
import type { RecentWorkspace } from '@shared/contract/workspaces'
import type { Database } from '../db/schema'
import { AppError } from '@shared/errors'
import type { Keychain } from '../platform/keychain'
import type { Platform } from '../platform/platform'
import type { WorkspaceSafety } from './backups/data-safety'
import type { ImportJobs } from './imports/import.jobs'
import type { TeamProfile } from './team-server/connection'
import type { HostedServer } from './team-server/host-server'

export type Db = Kysely<Database>
export type Trx = Transaction<Database>

/** What every handler gets besides its input. Nothing Electron-specific lives here. */
export interface HandlerContext {
  db: Db
  dataFile: string
  appVersion: string
  /** Native pickers and the file manager (Electron in the app, scripted in tests). */
  platform: Platform
  /** The app around the workspace: switching to another, the team server it hosts. */
  session: WorkspaceSession
  /** The open data file, its backups, restore and recovery. */
  safety: WorkspaceSafety
  /** Import jobs running in worker threads, and the files picked for them. */
  imports: ImportJobs
}

export type Handler<M extends Method> = (ctx: HandlerContext, input: ParsedInputOf<M>) => ResultOf<M> | Promise<ResultOf<M>>

export type HandlersFor<S extends ContractSection> = { [K in keyof S & Method]: Handler<K> }

export type HandlerTable = { [M in Method]: Handler<M> }

/** What the app can open in place of the workspace open now. */
export type SessionTarget = { kind: 'solo'; /** Another solo workspace's folder or file; the app's own folder by default. */ path?: string } | { kind: 'team'; profile: TeamProfile; hosted?: HostedServer } | { kind: 'address'; url: string }

/** What handlers may ask of the app around the open workspace (src/main/session.ts). */
export interface WorkspaceSession {
  /** Baton's own folder: hosted servers, the list of team workspaces. */
  readonly appDataDir: string
  readonly keychain: Keychain
  /** The team workspace open now, when it was opened from a profile (null: solo, or an address). */
  readonly profile: TeamProfile | null
  /** The server this computer hosts for the open team, if it does. */
  readonly hosted: HostedServer | null
  /** Opens another workspace in place of this one; returns its context. The window then reloads what it shows. */
  switchTo(target: SessionTarget): Promise<HandlerContext>
  /** The workspaces opened on this computer, most recent first (File → Open workspace…). */
  recent(): RecentWorkspace[]
  /** Opens a workspace of the recent list by its key. */
  openRecent(key: string): Promise<HandlerContext>
  /** Takes a workspace off the recent list; its data stays where it is. */
  forgetRecent(key: string): void
}

/** For a workspace opened by a script or a test without the app around it: there is nothing to switch to. */
export const detachedSession = (keychain: Keychain): WorkspaceSession => ({
  appDataDir: '',
  keychain,
  profile: null,
  hosted: null,
  switchTo: () => Promise.reject(new AppError('rule', 'Switching workspaces needs the Baton window.')),
  recent: () => [],
  openRecent: () => Promise.reject(new AppError('rule', 'Switching workspaces needs the Baton window.')),
  forgetRecent: () => undefined,
})
