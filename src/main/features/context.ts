import type { Kysely, Transaction } from 'kysely'
import type { Method, ParsedInputOf, ResultOf } from '@shared/contract'
import type { ContractSection } from '@shared/contract/define'
import type { Database } from '../db/schema'
import type { Platform } from '../platform/platform'
import type { WorkspaceSafety } from './backups/data-safety'
import type { ImportJobs } from './imports/import.jobs'

export type Db = Kysely<Database>
export type Trx = Transaction<Database>

/** What every handler gets besides its input. Nothing Electron-specific lives here. */
export interface HandlerContext {
  db: Db
  dataFile: string
  appVersion: string
  /** Native pickers and the file manager (Electron in the app, scripted in tests). */
  platform: Platform
  /** The open data file, its backups, restore and recovery. */
  safety: WorkspaceSafety
  /** Import jobs running in worker threads, and the files picked for them. */
  imports: ImportJobs
}

export type Handler<M extends Method> = (ctx: HandlerContext, input: ParsedInputOf<M>) => ResultOf<M> | Promise<ResultOf<M>>

export type HandlersFor<S extends ContractSection> = { [K in keyof S & Method]: Handler<K> }

export type HandlerTable = { [M in Method]: Handler<M> }
