import type { Kysely, RawBuilder } from 'kysely'
import { dialectOf } from '../../db/dialect'

/** `column` is one of `ids` — one parameter however many ids, so the statement text never changes and stays prepared. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any handle or transaction: only its engine is read
export const idIn = (db: Kysely<any>, ids: number[], column = 'm.id'): RawBuilder<boolean> => dialectOf(db).idIn(column, ids)
