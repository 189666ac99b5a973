import pg from 'pg'
import type { DataChange, ServerStatus } from '@shared/contract/events'

// A team workspace's link to its server besides the pool the calls use: one connection that
// LISTENs for what the other members commit (migration 0015's triggers NOTIFY baton_changes
// with '<table>:<record id>') and notices when the server goes away.
//
// - Changes are gathered for a moment and sent on together, one refetch for a burst of writes
//   (a bulk edit of 500 leads is 500 notifications and one event).
// - The link is lost when its connection errors or ends (the server stopped: 57P01; the network
//   dropped: ECONNRESET) or a heartbeat goes unanswered (a laptop that slept, a cable pulled
//   with no reset). It then tries again by itself, waiting longer after each failure; when it is
//   back it LISTENs again and says so, and the window refetches what it shows (what was committed
//   meanwhile was never announced to it).
// - Nothing here throws into the process: every error of the connection ends in `lose`.

export const CHANGES_CHANNEL = 'baton_changes'

/** More records than this of one table in one burst: the table is refetched whole. */
const MANY = 200

export interface TeamLinkOptions {
  /** How to open the listening connection: the workspace pool's own settings. */
  connection: pg.ClientConfig
  onChanges(changes: DataChange[]): void
  onStatus(status: ServerStatus): void
  /** How long changes are gathered before they are sent on. */
  gatherMs?: number
  /** How often the link asks the server whether it is there, and how long it waits for the answer. */
  heartbeatMs?: number
  /** The first wait before trying again; doubled after each failure up to `maxRetryMs`. */
  firstRetryMs?: number
  maxRetryMs?: number
  log?: (message: string) => void
}

/** 'leads:42' → { table: 'leads', id: 42 }; 'stages:' → { table: 'stages', id: null }. */
export function parseChange(payload: string): { table: string; id: number | null } | null {
  const match = /^([a-z_]+):(\d*)$/.exec(payload)
  if (!match) return null
  return { table: match[1] as string, id: match[2] ? Number(match[2]) : null }
}

/** Notifications of one burst, grouped by table (a table-wide one, or too many records, makes it null). */
export function gatherChanges(items: ReadonlyArray<{ table: string; id: number | null }>): DataChange[] {
  const byTable = new Map<string, Set<number> | null>()
  for (const { table, id } of items) {
    const ids = byTable.has(table) ? byTable.get(table) : new Set<number>()
    if (ids === null || ids === undefined || id === null) byTable.set(table, null)
    else byTable.set(table, ids.add(id))
  }
  return [...byTable].map(([table, ids]) => ({ table, ids: ids === null || ids.size > MANY ? null : [...ids].sort((a, b) => a - b) }))
}

export class TeamLink {
  private client: pg.Client | null = null
  private stopped = false
  private lostSince: string | null = null
  private retryMs: number
  private retryTimer: NodeJS.Timeout | undefined
  private heartbeatTimer: NodeJS.Timeout | undefined
  private gatherTimer: NodeJS.Timeout | undefined
  private pending: Array<{ table: string; id: number | null }> = []
  private readonly gatherMs: number
  private readonly heartbeatMs: number
  private readonly firstRetryMs: number
  private readonly maxRetryMs: number

  constructor(private readonly options: TeamLinkOptions) {
    this.gatherMs = options.gatherMs ?? 150
    this.heartbeatMs = options.heartbeatMs ?? 5_000
    this.firstRetryMs = options.firstRetryMs ?? 500
    this.maxRetryMs = options.maxRetryMs ?? 15_000
    this.retryMs = this.firstRetryMs
  }

  /** Whether the link is up now (false while it is trying again). */
  get connected(): boolean {
    return this.client !== null
  }

  /** Connects and listens; when the server cannot be reached now, says so and keeps trying. */
  async start(): Promise<void> {
    try {
      await this.connect()
    } catch (error) {
      this.lost(error)
    }
  }

  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.retryTimer)
    clearTimeout(this.gatherTimer)
    clearInterval(this.heartbeatTimer)
    const client = this.client
    this.client = null
    await client?.end().catch(() => undefined)
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ ...this.options.connection, keepAlive: true })
    // Until it is the link's client, a failing connection reports through connect()'s rejection.
    client.on('error', (error) => this.drop(client, error))
    client.on('end', () => this.drop(client, new Error('the connection ended')))
    client.on('notification', (message) => {
      if (message.channel === CHANGES_CHANNEL && message.payload) this.queue(message.payload)
    })
    try {
      await client.connect()
      await client.query(`LISTEN ${CHANGES_CHANNEL}`)
    } catch (error) {
      await client.end().catch(() => undefined)
      throw error
    }
    if (this.stopped) {
      await client.end().catch(() => undefined)
      return
    }
    this.client = client
    this.retryMs = this.firstRetryMs
    this.heartbeatTimer = setInterval(() => this.beat(client), this.heartbeatMs)
    if (this.lostSince) {
      const lostSince = this.lostSince
      this.lostSince = null
      this.options.onStatus({ state: 'reconnected', since: new Date().toISOString(), lostSince })
    }
  }

  private beat(client: pg.Client): void {
    let answered = false
    const timeout = setTimeout(() => {
      if (!answered) this.drop(client, new Error(`the server did not answer for ${this.heartbeatMs} ms`))
    }, this.heartbeatMs)
    client.query('SELECT 1').then(
      () => {
        answered = true
        clearTimeout(timeout)
      },
      (error: unknown) => {
        answered = true
        clearTimeout(timeout)
        this.drop(client, error)
      },
    )
  }

  /** The link's connection failed: let it go and try again. Events of a client that is not the link's are its connect()'s to report. */
  private drop(client: pg.Client, error: unknown): void {
    if (client !== this.client) return
    this.client = null
    clearInterval(this.heartbeatTimer)
    client.end().catch(() => undefined)
    this.lost(error)
  }

  private lost(error: unknown): void {
    if (this.stopped) return
    if (!this.lostSince) {
      this.lostSince = new Date().toISOString()
      this.options.log?.(`baton: lost the team server (${error instanceof Error ? error.message : String(error)}); trying again`)
      this.options.onStatus({ state: 'lost', since: this.lostSince })
    }
    clearTimeout(this.retryTimer)
    this.retryTimer = setTimeout(() => {
      this.connect().catch((failure: unknown) => {
        this.retryMs = Math.min(this.retryMs * 2, this.maxRetryMs)
        this.lost(failure)
      })
    }, this.retryMs)
  }

  private queue(payload: string): void {
    const change = parseChange(payload)
    if (!change) return
    this.pending.push(change)
    this.gatherTimer ??= setTimeout(() => {
      this.gatherTimer = undefined
      const items = this.pending
      this.pending = []
      if (!this.stopped) this.options.onChanges(gatherChanges(items))
    }, this.gatherMs)
  }
}
