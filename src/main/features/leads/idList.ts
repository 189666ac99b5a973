import { sql, type RawBuilder } from 'kysely'

/** `column` is one of `ids` — one parameter however many ids, so the statement text never changes and stays prepared. */
export const idIn = (ids: number[], column = 'm.id'): RawBuilder<boolean> =>
  sql<boolean>`${sql.ref(column)} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`
