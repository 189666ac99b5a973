import type { ImportOutcome } from '@shared/domain/importResults'
import { formatMoney } from '@shared/domain/money'
import { LOCALE } from '../../ui/format'
import { plural } from '../../ui/plural'

/** What an import's rows are, one and many: a contacts file's are people and organisations. */
export function recordWords(kind: ImportOutcome['kind']): [string, string] {
  return kind === 'campaigns' ? ['campaign', 'campaigns'] : kind === 'contacts' ? ['contact', 'contacts'] : ['lead', 'leads']
}

/** A contacts file in plain words: "3 new people, 2 new organisations, 1 organisation to update, no deals". */
function contactParts(outcome: ImportOutcome, done: boolean): string[] {
  const made = (n: number, one: string, many: string) => (done ? plural(n, `${one} created`, `${many} created`) : plural(n, `new ${one}`, `new ${many}`))
  const changed = (n: number, one: string, many: string) => (done ? plural(n, `${one} updated`, `${many} updated`) : plural(n, `${one} to update`, `${many} to update`))
  return [
    made(outcome.peopleCreated, 'person', 'people'),
    made(outcome.organizationsCreated, 'organisation', 'organisations'),
    ...(outcome.peopleUpdated > 0 ? [changed(outcome.peopleUpdated, 'person', 'people')] : []),
    ...(outcome.organizationsUpdated > 0 ? [changed(outcome.organizationsUpdated, 'organisation', 'organisations')] : []),
    'no deals',
  ]
}

/** What an import will do (preview) or did: the counts in a sentence and as tiles, and what it creates besides leads. */
export function OutcomeSummary({ outcome, done }: { outcome: ImportOutcome; done: boolean }) {
  const [one, many] = recordWords(outcome.kind)
  const parts = [
    ...(outcome.kind === 'contacts'
      ? contactParts(outcome, done)
      : [
          plural(outcome.created, done ? `${one} created` : `new ${one}`, done ? `${many} created` : `new ${many}`),
          outcome.updated > 0 && plural(outcome.updated, done ? `${one} updated` : `${one} to update`, done ? `${many} updated` : `${many} to update`),
        ]),
    outcome.skipped > 0 && plural(outcome.skipped, 'duplicate skipped', 'duplicates skipped'),
    outcome.rejected > 0 && plural(outcome.rejected, 'row rejected', 'rows rejected'),
  ].filter(Boolean)
  // Won and lost tiles for files that close deals; the won value leaves out amounts still waiting for a rate.
  const closing = outcome.kind === 'leads' && outcome.won + outcome.lost > 0
  const waiting = outcome.currencies.filter((seen) => seen.choice === null).map((seen) => seen.currency)
  const wonDetail = closing ? `${formatMoney(outcome.wonValueMinor, outcome.workspaceCurrency, LOCALE)}${waiting.length > 0 ? ` + ${waiting.join(', ')} to convert` : ''}` : ''
  const tiles: Array<{ label: string; value: string; detail?: string; tone?: 'good' | 'bad' | 'warn' }> = [
    { label: done ? 'Created' : 'New', value: outcome.created.toLocaleString(LOCALE) },
    ...(outcome.updated > 0 ? [{ label: done ? 'Updated' : 'To update', value: outcome.updated.toLocaleString(LOCALE) }] : []),
    ...(closing ? [{ label: 'Won', value: outcome.won.toLocaleString(LOCALE), detail: wonDetail, tone: 'good' as const }] : []),
    ...(closing ? [{ label: 'Lost', value: outcome.lost.toLocaleString(LOCALE) }] : []),
    { label: 'Duplicates skipped', value: outcome.skipped.toLocaleString(LOCALE), ...(outcome.skipped > 0 && { tone: 'warn' as const }) },
    { label: 'Rejected', value: outcome.rejected.toLocaleString(LOCALE), ...(outcome.rejected > 0 && { tone: 'bad' as const }) },
  ]
  const created = [
    outcome.campaignsCreated.length > 0 && `New campaigns: ${outcome.campaignsCreated.join(', ')}.`,
    outcome.stagesCreated.length > 0 && `New stages: ${outcome.stagesCreated.join(', ')}.`,
    outcome.membersCreated.length > 0 && `New on the team: ${outcome.membersCreated.join(', ')}.`,
    outcome.customFieldsCreated.length > 0 && `New custom fields: ${outcome.customFieldsCreated.join(', ')}.`,
    outcome.lostReasonsCreated.length > 0 && `New lost reasons: ${outcome.lostReasonsCreated.join(', ')}.`,
  ].filter(Boolean)
  return (
    <div className="import-outcome">
      <p className="import-outcome__counts" role="status">
        {plural(outcome.rowsRead, 'row read', 'rows read')}: {parts.join(', ')}.
      </p>
      <ul className="import-tiles" aria-label={done ? 'What the import did' : 'What the import will do'}>
        {tiles.map((tile) => (
          <li key={tile.label} className={`import-tile${tile.tone ? ` import-tile--${tile.tone}` : ''}`}>
            <span className="import-tile__value">{tile.value}</span>
            <span className="import-tile__label">{tile.label}</span>
            {tile.detail && <span className="import-tile__detail">{tile.detail}</span>}
          </li>
        ))}
      </ul>
      {created.length > 0 && (
        <p className="muted import-outcome__created">
          {created.map((sentence) => (
            <span key={sentence as string}>{sentence}</span>
          ))}
        </p>
      )}
    </div>
  )
}
