import type { ImportKind } from '@shared/domain/imports'
import './import-steps.css'

const KINDS: Array<{ kind: ImportKind; label: string; hint: string }> = [
  { kind: 'leads', label: 'Leads', hint: 'people or deals' },
  { kind: 'contacts', label: 'People & organisations', hint: 'contacts, no deals' },
  { kind: 'campaigns', label: 'Campaigns', hint: 'with channel, budget and dates' },
]

/** "What does this file hold?" — guessed from the headers, the person can say otherwise. */
export function FileKindChoice({ value, onChange }: { value: ImportKind; onChange: (kind: ImportKind) => void }) {
  return (
    <fieldset className="import-kind">
      <legend>What does this file hold?</legend>
      {KINDS.map(({ kind, label, hint }) => (
        <label key={kind} className={`import-kind__option${value === kind ? ' import-kind__option--on' : ''}`}>
          <input type="radio" name="import-kind" value={kind} checked={value === kind} onChange={() => onChange(kind)} />
          <span>
            <strong>{label}</strong>
            <span className="muted">{hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  )
}
