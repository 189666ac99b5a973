import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BoardLoad } from '@shared/contract/board'
import { LeadTableQuery } from '@shared/contract/leads'
import { databaseFileIn, makeTempDir, removeTempDir } from '../../../../test/fixtures/temp-database'
import { VERSION12_LEADS, writeVersion12Leads } from '../../../../test/fixtures/version12Leads'
import { activitiesOfLead } from '../../features/activities/activities.service'
import { loadBoard } from '../../features/board/board.repo'
import { leadHistory } from '../../features/leads/leads.lookup'
import { getLead } from '../../features/leads/leads.service'
import { leadTable } from '../../features/leads/leads.table'
import { getPerson } from '../../features/people/people.service'
import { search } from '../../features/search/search.service'
import { listTouchpoints } from '../../features/touchpoints/touchpoints.service'
import type { MigrationStatus } from '../migrate'
import { openDatabase, type OpenDatabase } from '../open'
import { MIGRATIONS, type Migration } from './index'

// The upgrade real users take: a version 12 file with real-shaped leads in it
// (test/fixtures/version12Leads.ts), opened by this build. Every lead must read back through the
// services as it did — same person, company (up to case and punctuation), email (up to case),
// phone, value, stage, owner, source, notes, tags, close and lost reason — with its activities,
// touches and history; and a migration that fails midway must leave the file as it was, byte for byte.
// migrations.engines.test.ts checks the tables the migration writes, on both engines.

const BEFORE_13 = MIGRATIONS.filter((m) => m.id < 13)
const nameKey = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, '').toLowerCase()
const fold = (text: string | null) => text?.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim() ?? null

describe('upgrading a version 12 workspace to people and organisations', () => {
  let dir: string
  let database: OpenDatabase | undefined
  beforeEach(() => {
    dir = makeTempDir()
  })
  afterEach(async () => {
    await database?.close()
    database = undefined
    removeTempDir(dir)
  })

  const file = () => databaseFileIn(dir)
  const hashOfFile = () => createHash('sha256').update(readFileSync(file())).digest('hex')

  async function writeVersion12File(): Promise<void> {
    const old = await openDatabase(file(), { migrations: BEFORE_13 })
    await writeVersion12Leads(old.db)
    await old.close()
  }

  it('reads every lead back through the services with everything it had, and reports its progress', async () => {
    await writeVersion12File()
    const progress: MigrationStatus[] = []
    database = await openDatabase(file(), { onMigrationProgress: (status) => void progress.push(status) })
    const { db } = database

    for (const old of VERSION12_LEADS) {
      const lead = await getLead(db, old.id)
      // Leads joined into one person read its name; a spelling that differed is kept in the person's notes.
      expect(nameKey(lead.personName ?? ''), `lead ${old.id}`).toBe(nameKey(old.person))
      if (lead.personId !== null && lead.personName !== old.person) expect((await getPerson(db, lead.personId)).notes).toContain(`“${old.person}”`)
      expect(fold(lead.company), `lead ${old.id}`).toBe(fold(old.company))
      expect(lead, `lead ${old.id}`).toMatchObject({
        valueMinor: old.value,
        stageId: old.stage,
        owner: old.owner,
        sourceCampaignId: old.source,
        notes: old.notes,
        createdAt: old.created,
        closedAt: old.closed,
        lostReason: old.lostReason,
        lostNote: old.lostNote,
      })
      if (old.segment !== null) expect(lead.segmentId, `lead ${old.id}`).not.toBeNull()
      // Each address and number is kept on the person: the first one shown, the others beside it.
      if (lead.personId !== null) {
        const person = await getPerson(db, lead.personId)
        if (old.email !== null) expect(person.emails.map((e) => e.toLowerCase())).toContain(old.email.toLowerCase())
        if (old.phone !== null) expect(person.phones).toContain(old.phone)
      }
      if (old.email !== null) expect(lead.email?.toLowerCase()).toBe(old.email.toLowerCase())
      // A person's tags are those of all their leads (each once, whatever its case).
      const tags = lead.tags.map((t) => t.toLowerCase())
      for (const tag of old.tags) expect(tags, `lead ${old.id}`).toContain(tag.toLowerCase())
    }

    // Lead 1 keeps its activity, its two touches and its history; lead 4 its lost move.
    expect((await activitiesOfLead(db, 1)).map((a) => a.subject)).toEqual(['Intro call'])
    expect((await listTouchpoints(db, 1)).map((t) => t.campaignId)).toEqual([1, 2])
    expect((await leadHistory(db, 4)).map((h) => h.toStageName)).toEqual(['New', 'Lost'])

    // The table and the board show every lead, by the same names.
    const table = await leadTable(db, LeadTableQuery.parse({ limit: 50 }))
    expect(table.total).toBe(VERSION12_LEADS.length)
    const byKey = (names: Array<string | null>) => names.map((name) => nameKey(name ?? '')).sort()
    expect(byKey(table.rows.map((r) => r.personName ?? r.company))).toEqual(byKey(VERSION12_LEADS.map((l) => l.person || l.company)))
    const board = await loadBoard(db, BoardLoad.parse({ pipelineId: 1 }))
    expect(board.columns.reduce((n, column) => n + column.count, 0)).toBe(VERSION12_LEADS.length)
    // The board filters by a lead's segment through its organisation (Globex is Enterprise).
    const enterprise = await loadBoard(db, BoardLoad.parse({ pipelineId: 1, filters: { segmentId: 1 } }))
    expect(enterprise.columns.flatMap((c) => c.cards.map((card) => card.id)).sort()).toEqual([5])

    // Search finds a lead by its person and company together, and by a spelling that became an alias.
    const hits = async (text: string) => (await search(db, text, 20)).groups.find((g) => g.kind === 'lead')?.hits.map((h) => h.id).sort((a, b) => a - b) ?? []
    expect(await hits('dana acme')).toEqual([1, 2, 3])
    expect(await hits('hooli')).toEqual([11])
    expect(await hits('second quote')).toEqual([3])

    // Start-up heard how far migration 13 had got, in order, up to done.
    const ours = progress.filter((s) => s.name === 'people_and_organizations').map((s) => s.fraction)
    expect(ours.length).toBeGreaterThan(3)
    expect(ours).toEqual([...ours].sort((a, b) => a - b))
    expect(ours.at(-1)).toBe(1)
  })

  it('leaves the file exactly as it was when the upgrade fails midway', async () => {
    await writeVersion12File()
    const before = hashOfFile()
    // Migration 13 as shipped, made to fail once the leads table has been rebuilt (70 of 100).
    const failing: Migration[] = MIGRATIONS.map((m) =>
      m.id !== 13
        ? m
        : {
            ...m,
            up: (db, dialect) =>
              m.up(db, dialect, (done) => {
                if (done >= 70) throw new Error('The disk is full')
              }),
          },
    )
    await expect(openDatabase(file(), { migrations: failing })).rejects.toThrow('The disk is full')
    expect(hashOfFile()).toBe(before)

    // And the file still opens as version 12 and upgrades for real afterwards.
    database = await openDatabase(file())
    expect(await sql<{ n: number }>`SELECT count(*) AS n FROM people`.execute(database.db).then((r) => Number(r.rows[0]?.n))).toBe(10)
  })
})
