import type { SegmentSummary } from '@shared/domain/campaigns'
import { LOCALE } from '../../ui/format'
import { ruleText, useRuleFields } from './SegmentRuleFields'

const plural = (n: number, one: string, many: string) => `${n.toLocaleString(LOCALE)} ${new Intl.PluralRules('en-US').select(n) === 'one' ? one : many}`

/** One card per segment: its criteria, description and how many leads and campaigns it holds. */
export function SegmentList({ segments, onEdit, onDelete }: { segments: SegmentSummary[]; onEdit: (s: SegmentSummary) => void; onDelete: (s: SegmentSummary) => void }) {
  const ruleFields = useRuleFields()
  return (
    <ul className="segment-cards" aria-label="Segments">
      {segments.map((s) => {
        const criteria = [
          ['Industry', s.industry],
          ['Size', s.companySize],
          ['Region', s.region],
          ['Who is in it', ruleText(ruleFields, s.rule)],
        ].filter((c): c is [string, string] => Boolean(c[1]))
        return (
          <li key={s.id} className="segment-card" aria-label={s.name}>
            <div className="segment-card__head">
              <h2>{s.name}</h2>
              <span className="muted">
                {plural(s.leadCount, 'lead', 'leads')} · {plural(s.campaignCount, 'campaign', 'campaigns')}
              </span>
            </div>
            {criteria.length > 0 ? (
              <dl className="segment-card__criteria">
                {criteria.map(([label, value]) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="muted segment-card__none">No criteria yet — edit to add industry, size, region or who is in it.</p>
            )}
            {s.description && <p className="segment-card__description">{s.description}</p>}
            <div className="segment-card__actions">
              <button type="button" className="button button--small" onClick={() => onEdit(s)} aria-label={`Edit ${s.name}`}>
                Edit
              </button>
              <button type="button" className="button button--small button--danger-quiet" onClick={() => onDelete(s)} aria-label={`Delete ${s.name}`}>
                Delete
              </button>
            </div>
          </li>
        )
      })}
    </ul>
  )
}
