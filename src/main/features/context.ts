import type { Kysely, Transaction } from 'kysely'
import type { Method, ParsedInputOf, ResultOf } from '@shared/contract'
import type { ContractSection } from '@shared/contract/define'
import type { Database } from '../db/schema'

export type Db = Kysely<Database>
export type Trx = Transaction<Database>

/** What every handler gets besides its input. Nothing Electron-specific lives here. */
export interface HandlerContext {
  db: Db
  dataFile: string
  appVersion: string
  /** What only the desktop shell can do; absent under plain Node (tests, bench, the e2e harness). */
  desktop?: DesktopActions
}

export interface DesktopActions {
  /** Shows a folder in the system's file manager. */
  openFolder(path: string): Promise<void>
}

export type Handler<M extends Method> = (ctx: HandlerContext, input: ParsedInputOf<M>) => ResultOf<M> | Promise<ResultOf<M>>

export type HandlersFor<S extends ContractSection> = { [K in keyof S & Method]: Handler<K> }

export type HandlerTable = { [M in Method]: Handler<M> }
