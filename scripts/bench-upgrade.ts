// Times the upgrade a real user takes at scale: a version 12 workspace (a person, a company and a
// deal in one row) of 100,000 real-shaped leads — one company spelled three ways, one email in two
// cases, leads without company or email, tags, touches, activities — opened by this build.
//   npm run bench:upgrade
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { openDatabase } from '../src/main/db/open'
import { MIGRATIONS } from '../src/main/db/migrations/index'
import { writeVersion12Leads } from '../test/fixtures/version12Leads'

const dir = mkdtempSync(join(tmpdir(), 'baton-upgrade-'))
const file = join(dir, 'baton.sqlite')
const old = await openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.id < 13) })
await writeVersion12Leads(old.db)
await old.close()
const raw = new BetterSqlite3(file)
const N = 100_000
const companies = Array.from({ length: 12_000 }, (_, i) => `Company ${i} Ltd`)
const variants = (c: string, i: number) => (i % 3 === 0 ? c : i % 3 === 1 ? c.toUpperCase() : `${c.toLowerCase()}.`)
const insert = raw.prepare(`INSERT INTO leads (id, person_name, company, email, phone, source_campaign_id, segment_id, pipeline_id, stage_id, position, value_minor, owner, notes, created_at, updated_at, stage_entered_at, closed_at, lost_reason, lost_note)
  VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
const tag = raw.prepare('INSERT INTO lead_tags (lead_id, tag) VALUES (?, ?)')
const touch = raw.prepare('INSERT INTO touchpoints (lead_id, campaign_id, at) VALUES (?, ?, ?)')
const act = raw.prepare(`INSERT INTO activities (lead_id, kind, subject, done_at, created_at, updated_at) VALUES (?, 'call', 'Call', ?, ?, ?)`)
raw.transaction(() => {
  for (let i = 0; i < N; i++) {
    const id = 100 + i
    const person = `Person ${i % 70_000}`
    const c = i % 10 === 0 ? null : variants(companies[i % companies.length]!, i)
    const email = i % 7 === 0 ? null : (i % 2 ? `person${i % 70_000}@example.com` : `Person${i % 70_000}@Example.com`)
    const stage = 1 + (i % 7)
    const created = new Date(Date.UTC(2022, 0, 1) + (i * 997_000) % (3 * 365 * 86_400_000)).toISOString()
    const closed = stage >= 6 ? created : null
    insert.run(id, person, c, email, i % 3 ? '+1 555 0100' : null, 1 + (i % 2), i % 4 ? null : 1, stage, id * 1024, (i % 500) * 1000, i % 5 ? 'Sam Reyes' : null, i % 11 ? null : 'Notes', created, created, created, closed, stage === 7 ? 'Price' : null, null)
    if (i % 4 === 0) tag.run(id, i % 8 ? 'vip' : 'renewal')
    touch.run(id, 1 + (i % 2), created)
    if (i % 2 === 0) act.run(id, created, created, created)
  }
})()
raw.close()
const started = performance.now()
let reports = 0
const upgraded = await openDatabase(file, { onMigrationProgress: () => void reports++ })
const ms = performance.now() - started
console.log(`upgrade of ${N + 14} leads from version 12 to ${MIGRATIONS.at(-1)!.id}: ${(ms / 1000).toFixed(1)} s (${reports} progress reports for the start-up screen)`)
const db = new BetterSqlite3(file, { readonly: true })
console.log(db.prepare('SELECT (SELECT count(*) FROM leads) AS leads, (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM organizations) AS orgs').get())
db.close()
await upgraded.close()
rmSync(dir, { recursive: true, force: true })
