import { sql } from 'kysely'
import { nowIso } from '@shared/domain/dates'
import type { Db } from '../context'

/** The saved JSON value, or null when there is none. */
export async function getUiState(db: Db, key: string): Promise<unknown> {
  const row = await db.selectFrom('ui_state').select('value').where('key', '=', key).executeTakeFirst()
  return row ? (JSON.parse(row.value) as unknown) : null
}

/** Saves a JSON value under `key`; null removes it. */
export async function setUiState(db: Db, key: string, value: unknown): Promise<{ key: string }> {
  if (value === null) {
    await db.deleteFrom('ui_state').where('key', '=', key).execute()
    return { key }
  }
  const text = JSON.stringify(value)
  const now = nowIso()
  await db
    .insertInto('ui_state')
    .values({ key, value: text, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: text, updated_at: now }))
    .execute()
  return { key }
}

/** Removes saved keys under `prefix` last written before `before`. */
export async function pruneUiState(db: Db, prefix: string, before: string): Promise<void> {
  await sql`DELETE FROM ui_state WHERE key >= ${prefix} AND key < ${prefix + '\uffff'} AND updated_at < ${before}`.execute(db)
}
