import { PERIOD_LABELS, PERIODS, type PeriodId } from './period'

export function PeriodSelect({ value, onChange }: { value: PeriodId; onChange: (next: PeriodId) => void }) {
  return (
    <select aria-label="Period" value={value} onChange={(e) => onChange(e.target.value as PeriodId)}>
      {PERIODS.map((p) => (
        <option key={p} value={p}>
          {PERIOD_LABELS[p]}
        </option>
      ))}
    </select>
  )
}
