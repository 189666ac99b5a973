// What team-20-clients checks after its run, as plain functions: the latency percentiles it
// prints, and the ledger check — every write a client got acknowledged is in the database
// exactly once, and nothing is there that no client got acknowledged.

/** The p-th percentile (0 < p ≤ 100) of the values by the nearest-rank method; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number
}

/** The acknowledged writes of all clients. Each lead that is moved or edited belongs to one client, so its order is known. */
export interface Ledger {
  /** Stage changes in the order acknowledged (per lead, one client's order). */
  moves: Array<{ leadId: number; from: number; to: number }>
  /** Note edits in the order acknowledged. */
  edits: Array<{ leadId: number; notes: string }>
  created: Array<{ id: number; personName: string }>
  activities: Array<{ id: number; leadId: number; subject: string }>
}

/** What the database holds afterwards, read back for the ledger's leads and the run's own names. */
export interface Observed {
  /** Stage history rows written during the run for the leads the clients own, in id order. */
  history: Array<{ leadId: number; from: number | null; to: number }>
  /** The stage and notes of every lead the clients own. */
  leads: Map<number, { stageId: number; notes: string | null }>
  /** Leads whose name marks them as made by the run. */
  created: Array<{ id: number; personName: string }>
  /** Activities whose subject marks them as made by the run. */
  activities: Array<{ id: number; leadId: number; subject: string }>
}

const groupBy = <T, K>(items: readonly T[], key: (item: T) => K) => {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const group = groups.get(key(item))
    if (group) group.push(item)
    else groups.set(key(item), [item])
  }
  return groups
}

const step = (m: { from: number | null; to: number }) => `${m.from ?? '∅'}→${m.to}`

/** Each problem as a sentence; none when every acknowledged write is there exactly once, in order. */
export function checkLedger(ledger: Ledger, observed: Observed): string[] {
  const problems: string[] = []
  const historyByLead = groupBy(observed.history, (h) => h.leadId)
  const movesByLead = groupBy(ledger.moves, (m) => m.leadId)
  for (const leadId of new Set([...historyByLead.keys(), ...movesByLead.keys()])) {
    const expected = (movesByLead.get(leadId) ?? []).map(step).join(' ')
    const found = (historyByLead.get(leadId) ?? []).map(step).join(' ')
    if (expected !== found) problems.push(`lead ${leadId}: acknowledged moves ${expected || '(none)'} but the stage history holds ${found || '(none)'}`)
    const last = movesByLead.get(leadId)?.at(-1)
    const stageId = observed.leads.get(leadId)?.stageId
    if (last && stageId !== last.to) problems.push(`lead ${leadId} is in stage ${stageId ?? '(missing)'}, not ${last.to} where its last acknowledged move put it`)
  }
  const lastEdit = new Map(ledger.edits.map((e) => [e.leadId, e.notes]))
  for (const [leadId, notes] of lastEdit) {
    const found = observed.leads.get(leadId)?.notes
    if (found !== notes) problems.push(`lead ${leadId}'s notes are “${found ?? '(missing)'}”, not the last acknowledged edit “${notes}”`)
  }
  problems.push(...exactlyOnce('new lead', ledger.created, observed.created, (r) => `${r.id} ${r.personName}`))
  problems.push(...exactlyOnce('activity', ledger.activities, observed.activities, (r) => `${r.id} ${r.leadId} ${r.subject}`))
  return problems
}

/** Every acknowledged row found once, and no row found that was not acknowledged. */
function exactlyOnce<T>(what: string, acknowledged: readonly T[], found: readonly T[], key: (row: T) => string): string[] {
  const problems: string[] = []
  const counts = new Map<string, number>()
  for (const row of found) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1)
  const acked = new Set(acknowledged.map(key))
  for (const k of acked) {
    const n = counts.get(k) ?? 0
    if (n !== 1) problems.push(`acknowledged ${what} ${k} is there ${n === 0 ? 'not at all' : `${n} times`}`)
  }
  if (acked.size !== acknowledged.length) problems.push(`a ${what} was acknowledged twice with the same id`)
  for (const k of counts.keys()) if (!acked.has(k)) problems.push(`${what} ${k} is there but was never acknowledged`)
  return problems
}
