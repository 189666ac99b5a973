// The PostgreSQL crash test's ledger, as plain functions: what the writer said (crash-writer-postgres.ts)
// and the check of what the database holds after the kill. The writer writes one thing at a time, so
// at most one write — the last "try" with no "ack" after it — was in flight when it or its server
// died: that one may have landed whole or not at all, never in part.

export type Write = { kind: 'lead'; name: string; id?: number } | { kind: 'move'; leadId: number; to: number }

export interface WriterLedger {
  /** Acknowledged writes in order. */
  acked: Write[]
  /** The write tried but not acknowledged when the writer died, if any. */
  inFlight?: Write
}

/** Reads the writer's lines ("try lead NAME", "ack lead ID NAME", "try move LEAD TO", "ack move LEAD TO"; others ignored). */
export function readLedger(lines: readonly string[]): WriterLedger {
  const acked: Write[] = []
  let inFlight: Write | undefined
  for (const line of lines) {
    const [word, kind, a, b] = line.split(' ')
    if (word !== 'try' && word !== 'ack') continue
    let write: Write
    if (kind === 'lead') write = word === 'try' ? { kind, name: a! } : { kind, id: Number(a), name: b! }
    else if (kind === 'move') write = { kind, leadId: Number(a), to: Number(b) }
    else continue
    if (word === 'try') inFlight = write
    else {
      acked.push(write)
      inFlight = undefined
    }
  }
  return inFlight ? { acked, inFlight } : { acked }
}

export interface CrashObserved {
  /** The trial's leads (named after it) as found. */
  leads: Array<{ id: number; name: string; stageId: number; tags: number }>
  /** Their stage history, in id order. */
  history: Array<{ leadId: number; from: number | null; to: number }>
}

const TAGS_PER_LEAD = 2

/** Each problem as a sentence; none when every acknowledged write is there once and nothing is there in part. */
export function checkCrash(ledger: WriterLedger, observed: CrashObserved): string[] {
  const problems: string[] = []
  const inFlight = ledger.inFlight
  const leadsByName = new Map<string, CrashObserved['leads']>()
  for (const lead of observed.leads) leadsByName.set(lead.name, [...(leadsByName.get(lead.name) ?? []), lead])
  const ackedLeads = ledger.acked.filter((w) => w.kind === 'lead')
  for (const write of ackedLeads) {
    const found = leadsByName.get(write.name) ?? []
    if (found.length !== 1 || found[0]!.id !== write.id) problems.push(`acknowledged lead ${write.name} (id ${write.id}) is there ${found.length} times${found.length === 1 ? ` with id ${found[0]!.id}` : ''}`)
  }
  const ackedNames = new Set(ackedLeads.map((w) => w.name))
  for (const [name, found] of leadsByName) {
    if (ackedNames.has(name)) continue
    const mayHaveLanded = inFlight?.kind === 'lead' && inFlight.name === name && found.length === 1
    if (!mayHaveLanded) problems.push(`lead ${name} is there ${found.length} times but was never acknowledged`)
  }

  const historyByLead = new Map<number, CrashObserved['history']>()
  for (const row of observed.history) historyByLead.set(row.leadId, [...(historyByLead.get(row.leadId) ?? []), row])
  for (const lead of observed.leads) {
    // No partial create: the lead, its person's tags and its first history row came in one transaction.
    if (lead.tags !== TAGS_PER_LEAD) problems.push(`lead ${lead.name} has ${lead.tags} of its ${TAGS_PER_LEAD} tags`)
    const rows = historyByLead.get(lead.id) ?? []
    if (rows[0]?.from !== null) problems.push(`lead ${lead.name}'s stage history does not start with its creation`)
    // No partial move: each row leaves the stage the one before entered, and the last is where the lead is.
    for (let i = 1; i < rows.length; i++) if (rows[i]!.from !== rows[i - 1]!.to) problems.push(`lead ${lead.name}'s stage history breaks at row ${i + 1}`)
    if (rows.length > 0 && rows.at(-1)!.to !== lead.stageId) problems.push(`lead ${lead.name} is in stage ${lead.stageId} but its history ends in ${rows.at(-1)!.to}`)
    // Every acknowledged move is there once, in order; the one in flight may follow them.
    const acked = ledger.acked.flatMap((w) => (w.kind === 'move' && w.leadId === lead.id ? [w.to] : []))
    const moves = rows.slice(1).map((r) => r.to)
    const withInFlight = inFlight?.kind === 'move' && inFlight.leadId === lead.id ? [...acked, inFlight.to] : acked
    const same = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => v === b[i])
    if (!same(moves, acked) && !same(moves, withInFlight)) problems.push(`lead ${lead.name}: acknowledged moves to ${acked.join(', ') || '(none)'} but its history moves to ${moves.join(', ') || '(none)'}`)
  }
  return problems
}
