import type { SmartItem } from '@shared/domain/goalsSmart'

const MARKS = { ok: '✓', weak: '!', missing: '✗' } as const
const STATES = { ok: 'holds', weak: 'is weak', missing: 'is missing' } as const

/** The five letters beside the editor, updated as the person types. */
export function SmartChecklist({ items }: { items: SmartItem[] }) {
  const open = items.filter((i) => i.state !== 'ok').length
  return (
    <aside className="smart-checklist" aria-label="SMART checklist">
      <h3>SMART check</h3>
      <p className="smart-checklist__summary" aria-live="polite">
        {open === 0 ? 'All five letters hold.' : `${open} of 5 ${open === 1 ? 'letter needs' : 'letters need'} work.`}
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.letter} className={`smart-item smart-item--${item.state}`} aria-label={`${item.name} ${STATES[item.state]}`}>
            <span className="smart-item__letter" aria-hidden="true">
              {item.letter}
            </span>
            <div>
              <p className="smart-item__name">
                {item.name} <span className="smart-item__mark" aria-hidden="true">{MARKS[item.state]}</span>
              </p>
              <p className="smart-item__message">{item.message}</p>
            </div>
          </li>
        ))}
      </ul>
    </aside>
  )
}
