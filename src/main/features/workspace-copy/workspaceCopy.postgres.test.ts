import { join } from 'node:path'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type OpenDatabase } from '../../db/open'
import { openPostgres } from '../../db/open-postgres'
import { dialectOf } from '../../db/dialect'
import { freshPostgresDatabase } from '../../../../test/fixtures/test-database'
import { openTempDatabase, type TempDatabase } from '../../../../test/fixtures/temp-database'
import { generateSample } from '../sample/generate'
import { createLead } from '../leads/leads.service'
import { LeadInput } from '@shared/contract/leads'
import type { Db } from '../context'
import { moveToServer, writeSoloCopy } from './workspaceCopy.service'

// Moving a solo workspace (the sample firm's year) into a team server and back out as an
// offline copy: every table's rows, ids and money survive both ways, and a move that fails
// leaves the server's database and the solo file as they were.

const TODAY = new Date('2026-06-15T12:00:00Z')

/** Every table's rows, each in id (or column) order, with numbers as numbers. */
async function everything(db: Db): Promise<Record<string, unknown[]>> {
  const dialect = dialectOf(db)
  const all: Record<string, unknown[]> = {}
  for (const table of await dialect.tableNames(db)) {
    if (table === 'schema_migrations') continue
    const columns = (await dialect.columnsOf(db, table)).map((c) => c.name)
    const orderBy = sql.raw(columns.map((_, i) => String(i + 1)).join(', '))
    const { rows } = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)} ORDER BY ${orderBy}`.execute(db)
    all[table] = rows
  }
  return all
}

const leadCount = async (db: Db) => Number((await sql<{ n: number }>`SELECT count(*) AS n FROM leads`.execute(db)).rows[0]?.n)

describe('moving a workspace to a team server and back', () => {
  let solo: TempDatabase
  let server: OpenDatabase
  let drop: () => Promise<void>
  beforeEach(async () => {
    solo = await openTempDatabase()
    await generateSample(solo.db, { leads: 150, seed: 7, today: TODAY })
    const fresh = await freshPostgresDatabase()
    drop = () => fresh.drop()
    server = await openPostgres(fresh.url)
  })
  afterEach(async () => {
    await server.close()
    await drop()
    await solo.dispose()
  })

  it('copies every table, ids and money kept, and the offline copy reads the same', async () => {
    const before = await everything(solo.db)
    expect(before['leads']).toHaveLength(150)

    const moved = await moveToServer(solo, server)
    expect(moved).toMatchObject({ to: expect.stringMatching(/^postgres:\/\/baton:\*\*\*\*\*@/) as unknown, leads: 150 })
    expect(await everything(server.db)).toEqual(before)

    // New rows on the server come after the copied ids.
    const maxLead = Math.max(...(before['leads'] as Array<{ id: number }>).map((l) => l.id))
    const maxPerson = Math.max(...(before['people'] as Array<{ id: number }>).map((p) => p.id))
    const added = await createLead(server.db, LeadInput.parse({ personName: 'New after the move' }))
    expect(added.id).toBeGreaterThan(maxLead)
    expect(added.personId).toBeGreaterThan(maxPerson)
    await server.db.deleteFrom('leads').where('id', '=', added.id).execute()
    await server.db.deleteFrom('people').where('id', '=', added.personId!).execute()

    const file = join(solo.dir, 'offline.sqlite')
    const copied = await writeSoloCopy(server, file)
    expect(copied).toMatchObject({ to: file, leads: 150 })
    const offline = await openDatabase(file)
    try {
      expect(await everything(offline.db)).toEqual(before)
      expect(offline.sqlite.pragma('quick_check', { simple: true })).toBe('ok')
    } finally {
      await offline.close()
    }
  })

  it('refuses a server that already holds a workspace, changing nothing', async () => {
    await moveToServer(solo, server)
    await expect(moveToServer(solo, server)).rejects.toThrow(/already holds a workspace \(\d+ records\).*nothing was copied/)
    expect(await leadCount(server.db)).toBe(150)
  })

  it('leaves the server empty and the solo file as it was when the copy fails midway', async () => {
    const before = await everything(solo.db)
    const serverBefore = await everything(server.db)
    // The server refuses activities (as a full disk or a lost connection would, partway through).
    await sql
      .raw(
        `CREATE FUNCTION refuse_activity() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;
         CREATE TRIGGER refuse_activity BEFORE INSERT ON activities FOR EACH ROW EXECUTE FUNCTION refuse_activity()`,
      )
      .execute(server.db)
    await expect(moveToServer(solo, server)).rejects.toThrow(/Couldn't move this workspace to postgres:\/\/baton:\*\*\*\*\*@.*disk full.*Nothing was changed on the server/)
    await sql.raw(`DROP TRIGGER refuse_activity ON activities`).execute(server.db)
    expect(await everything(server.db)).toEqual(serverBefore)
    expect(await everything(solo.db)).toEqual(before)
    // And the move goes through once the server takes it.
    await expect(moveToServer(solo, server)).resolves.toMatchObject({ leads: 150 })
  })
})
