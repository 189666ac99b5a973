import { sql, type Kysely } from 'kysely'

// Frozen in time: this migration must never import today's schema types (nor today's clock module).
// One clock for the firm: the time zone every period, "today" and overdue follow. A workspace
// takes the zone of the computer it is opened on when it gains the setting; Settings changes it.

/** The computer's IANA zone when Intl knows it, else UTC. */
function computerZone(): string {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
    if (!zone) return 'UTC'
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return zone
  } catch {
    return 'UTC'
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see 0001_initial.ts
export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(`ALTER TABLE settings ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC' CHECK (length(time_zone) BETWEEN 1 AND 64)`).execute(db)
  await sql`UPDATE settings SET time_zone = ${computerZone()}`.execute(db)
}
