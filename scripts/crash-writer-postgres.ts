// The writer `npm run test:crash -- --postgres` kills (or whose server it kills): it opens a team
// workspace on the database at argv[2] with the app's own data layer and writes through the IPC
// dispatcher as fast as it can (its leads' titles start with argv[3]) — new leads (the lead, its
// person with their tags, and its first stage history row in one transaction) and card moves (the lead and a stage
// history row in one transaction). Before
// each write it prints "try …", after it has returned (committed) "ack …". When the server goes
// away it prints "down" and exits: the parent restarts the server and checks.
import { openWorkspace } from '../src/main/workspace'

const [url, prefix] = process.argv.slice(2) as [string, string]
const workspace = await openWorkspace(url, 'crash')
const say = (line: string) => process.stdout.write(`${line}\n`)
let random = (Number(/\d+/.exec(prefix)?.[0] ?? 1) * 7919 + 1) % 2147483647
const next = () => {
  random = (random * 48271) % 2147483647
  return random / 2147483647
}

const stages = (await workspace.database.db.selectFrom('stages').select(['id', 'kind']).where('kind', '!=', 'lost').orderBy('position').execute()).map((s) => Number(s.id))
const made: Array<{ id: number; stageId: number }> = []

async function write(method: string, input: unknown): Promise<{ id: number; stageId: number }> {
  const result = await workspace.dispatch(method, input)
  if (result.ok) return result.value as { id: number; stageId: number }
  say(`down ${result.error.message}`)
  process.exit(0)
}

say('ready')
for (let k = 0; ; k++) {
  if (made.length === 0 || next() < 0.6) {
    const name = `${prefix}${k}`
    say(`try lead ${name}`)
    const lead = await write('leads.create', { title: name, personName: name, email: `${name}@crash.test`, valueMinor: k, tags: ['crash', `t${k % 5}`] })
    made.push({ id: lead.id, stageId: lead.stageId })
    say(`ack lead ${lead.id} ${name}`)
  } else {
    const lead = made[Math.floor(next() * made.length)]!
    const choices = stages.filter((id) => id !== lead.stageId)
    const to = choices[Math.floor(next() * choices.length)]!
    say(`try move ${lead.id} ${to}`)
    await write('leads.move', { leadId: lead.id, stageId: to, beforeLeadId: null })
    lead.stageId = to
    say(`ack move ${lead.id} ${to}`)
  }
}
