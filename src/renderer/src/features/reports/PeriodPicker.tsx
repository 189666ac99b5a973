import type { PeriodChoice } from '@shared/contract/reports'
import { firmToday } from '../../ui/clock'
import { WEEK_STARTS_ON } from '../../ui/format'
import { PERIOD_PRESET_LABELS, PERIOD_PRESETS, resolvePeriod, type PeriodPreset } from '@shared/domain/reportPeriod'


/** This/last week, month, quarter, year, or a custom range of days. */
export function PeriodPicker({ value, onChange }: { value: PeriodChoice; onChange: (next: PeriodChoice) => void }) {
  const choose = (preset: PeriodPreset) => {
    if (preset !== 'custom') return onChange({ preset })
    // Start a custom range from the days the current preset covers, so the fields are never empty.
    const range = value.preset === 'custom' ? { from: value.from!, to: value.to! } : resolvePeriod(value.preset, firmToday(), WEEK_STARTS_ON)
    onChange({ preset: 'custom', ...range })
  }
  return (
    <div className="period-picker" role="group" aria-label="Period">
      <label>
        <span className="visually-hidden">Period</span>
        <select value={value.preset} onChange={(e) => choose(e.target.value as PeriodPreset)}>
          {PERIOD_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {PERIOD_PRESET_LABELS[preset]}
            </option>
          ))}
        </select>
      </label>
      {value.preset === 'custom' && (
        <>
          <label>
            From
            <input type="date" value={value.from ?? ''} max={value.to} onChange={(e) => e.target.value && onChange({ ...value, from: e.target.value })} />
          </label>
          <label>
            To
            <input type="date" value={value.to ?? ''} min={value.from} onChange={(e) => e.target.value && onChange({ ...value, to: e.target.value })} />
          </label>
        </>
      )}
    </div>
  )
}
