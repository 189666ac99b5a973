// What a stage or status name means, whatever tool or language wrote it: "Contact Made" and
// "Working - Contacted" are a first contact, "Proposal/Price Quote" a proposal, "Closed Won" and
// HubSpot's lifecycle stage "Customer" a win, Zoho's "Junk Lead" a loss. A pipeline's own stages
// are read the same way, so a file's stage finds the firm's stage that means the same, even when
// their names share no word.

/** Where a deal stands, in funnel order; won and lost close it. */
export type Meaning = 'new' | 'contacted' | 'qualified' | 'meeting' | 'proposal' | 'negotiation' | 'won' | 'lost'
type OpenMeaning = Exclude<Meaning, 'won' | 'lost'>

/** Lower case, accents off, punctuation as single spaces: "Pre-Qualified" is "pre qualified". */
export function meaningKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

// Checked in this order; the first rule whose pattern finds a word in the name wins. Losses come
// first ("Not Qualified", "Closed - Not Converted"), then wins, then the later stages before the
// earlier ones ("Qualified To Buy" is qualified, "Open - Not Contacted" is new). A Salesforce or
// Zoho lead "Converted" became an opportunity: qualified, not yet won.
const RULES: Array<[Meaning, RegExp]> = [
  [
    'lost',
    /\b(lost|closed lost|closedlost|not converted|unqualified|not qualified|disqualified|junk|dead|bad timing|rejected|declined|churned|verloren|abgesagt|nicht qualifiziert|perdu|perdue|perdido|perdida|perso|persa|perdeu|no calificado|non qualifie)\b/,
  ],
  ['won', /\b(won|closed won|closedwon|customer|evangelist|signed|deal won|gewonnen|auftrag erteilt|gagne|gagnee|ganado|ganada|vinto|vinta|ganho|ganha)\b/],
  // "Client" alone is a customer; "Client meeting" is a meeting.
  ['won', /^(customers|kunde|kunden|client|clients|cliente|clientes|klant|klanten)$/],
  ['meeting', /\b(value proposition|id decision makers?|identify decision makers?|perception analysis|appointmentscheduled|presentationscheduled)\b/],
  ['proposal', /\b(decisionmakerboughtin)\b/],
  ['negotiation', /\b(contractsent)\b/],
  ['qualified', /\b(marketingqualifiedlead|salesqualifiedlead|qualifiedtobuy)\b/],
  ['negotiation', /\b(negotiat\w*|contract sent|contract|commit|verhandlung\w*|negocia\w*|onderhandel\w*|trattativ\w*)\b/],
  [
    'proposal',
    /\b(proposal\w*|propos\w*|quote\w*|quotation|offer|offer sent|decision maker bought in|angebot\w*|offert\w*|devis|presupuesto|propuesta|proposta|offerta|orcamento)\b/,
  ],
  [
    'meeting',
    /\b(demo\w*|meeting\w*|appointment\w*|presentation\w*|call scheduled|site visit|site survey|termin\w*|vorfuhrung|rendez vous|reunion\w*|cita|afspraak|riunione|reuniao|visita)\b/,
  ],
  [
    'qualified',
    /\b(qualif\w*|converted|mql|sql|marketing qualified lead|sales qualified lead|needs defined|needs analysis|discovery|screening|opportunit\w*|open deal|interested|interessiert|interesse|interesado|geinteresseerd|interessato|calificad\w*|gekwalificeerd|qualificat\w*|qualificad\w*|bedarf)\b/,
  ],
  ['new', /\b(not contacted|uncontacted|no contact)\b/],
  [
    'contacted',
    /\b(contact\w*|call|called|first call|kontaktiert|kontakt|attempted|attempting|reached|connected|in progress|working|engaged|follow up|followup|responded|replied|contacte\w*|contactad\w*|gecontacteerd|contattat\w*|contatad\w*|en cours|en curso|in bearbeitung|in behandeling|in corso|em andamento)\b/,
  ],
  [
    'new',
    /\b(new|lead in|leads in|lead|leads|incoming|inbox|prospect\w*|subscriber|open|untouched|cold|raw|neu|nouveau|nouvelle|nuevo|nueva|nieuw|nuovo|nuova|novo|nova|eingang|entrant)\b/,
  ],
]

/** The meaning of a stage or status name; null when none of the words is known. */
export function meaningOf(name: string): Meaning | null {
  const key = meaningKey(name)
  if (key === '') return null
  for (const [meaning, pattern] of RULES) if (pattern.test(key)) return meaning
  return null
}

const RANK: Record<OpenMeaning, number> = { new: 0, contacted: 1, qualified: 2, meeting: 3, proposal: 4, negotiation: 5 }

export interface MeaningfulStage {
  id: number
  name: string
  kind: string
}

/**
 * The pipeline stage a meaning lands in: a won or lost meaning in the stage of that kind; an open
 * one in the first stage that means the same, else the furthest stage that comes before it in the
 * funnel (a "Demo Scheduled" lands in Qualified when the pipeline has no demo stage), else the first
 * open stage. Null when none of the pipeline's open stages has a meaning Baton knows.
 */
export function stageForMeaning<S extends MeaningfulStage>(meaning: Meaning, stages: readonly S[]): S | null {
  if (meaning === 'won' || meaning === 'lost') return stages.find((stage) => stage.kind === meaning) ?? null
  const open = stages.filter((stage) => stage.kind === 'open').map((stage) => ({ stage, meaning: meaningOf(stage.name) }))
  const same = open.find((entry) => entry.meaning === meaning)
  if (same) return same.stage
  let best: { stage: S; rank: number } | null = null
  for (const entry of open) {
    if (entry.meaning === null || entry.meaning === 'won' || entry.meaning === 'lost') continue
    const rank = RANK[entry.meaning]
    if (rank <= RANK[meaning] && (!best || rank > best.rank)) best = { stage: entry.stage, rank }
  }
  if (best) return best.stage
  return open.some((entry) => entry.meaning !== null) ? (open[0]?.stage ?? null) : null
}

/** Whether a status value closes the lead, as its words say: won, lost, or open (anything else). */
export function statusOf(text: string): 'open' | 'won' | 'lost' {
  const meaning = meaningOf(text)
  return meaning === 'won' || meaning === 'lost' ? meaning : 'open'
}
