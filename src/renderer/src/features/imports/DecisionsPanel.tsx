import { useState } from 'react'
import type { CurrencySeen, ImportOutcome } from '@shared/domain/importResults'
import type { CloseDayFallback, CurrencyChoice } from '@shared/domain/imports'
import { formatMoney } from '@shared/domain/money'
import { LOCALE } from '../../ui/format'
import { plural } from '../../ui/plural'
import type { Decisions } from './useImportFlow'

/** Whether the preview still waits for the person: a currency without a rate, or closed deals without a day. */
export const needsAnswers = (outcome: ImportOutcome, decisions: Decisions) =>
  outcome.currencies.some((seen) => seen.choice === null) || (outcome.closedWithoutDay > 0 && decisions.closeDayFallback === null)

const RATE = /^\d{1,7}([.,]\d{1,10})?$/
const rateError = (text: string) => (RATE.test(text.trim()) && Number(text.trim().replace(',', '.')) > 0 ? null : 'Type the rate as a number above 0, like 0.92')

type CurrencyDraft = { mode: 'convert' | 'reject'; rate: string }

/**
 * What Baton will not guess: the rate to convert amounts in other currencies at (or leave those
 * rows out), and the day to close won or lost deals on when the file gives none. The preview
 * runs again with the answers, so its numbers are the ones that will be saved.
 */
export function DecisionsPanel({ outcome, decisions, onDecide }: { outcome: ImportOutcome; decisions: Decisions; onDecide: (next: Decisions) => void }) {
  const initial = (seen: CurrencySeen): CurrencyDraft => {
    const choice = decisions.currencies[seen.currency]
    return choice?.kind === 'reject' ? { mode: 'reject', rate: '' } : { mode: 'convert', rate: choice?.rate ?? '' }
  }
  const [currencies, setCurrencies] = useState<Record<string, CurrencyDraft>>(() => Object.fromEntries(outcome.currencies.map((seen) => [seen.currency, initial(seen)])))
  const [closeDay, setCloseDay] = useState<{ mode: 'day' | 'reject'; day: string }>(() =>
    decisions.closeDayFallback?.kind === 'day' ? { mode: 'day', day: decisions.closeDayFallback.day } : { mode: decisions.closeDayFallback ? 'reject' : 'day', day: '' },
  )
  const [tried, setTried] = useState(false)
  if (outcome.currencies.length === 0 && outcome.closedWithoutDay === 0) return null

  const errors = Object.fromEntries(Object.entries(currencies).map(([code, draft]) => [code, draft.mode === 'convert' ? rateError(draft.rate) : null]))
  const dayError = outcome.closedWithoutDay > 0 && closeDay.mode === 'day' && !/^\d{4}-\d{2}-\d{2}$/.test(closeDay.day) ? 'Pick the day to close them on' : null
  const apply = () => {
    setTried(true)
    if (Object.values(errors).some(Boolean) || dayError) return
    const chosen: Record<string, CurrencyChoice> = Object.fromEntries(
      Object.entries(currencies).map(([code, draft]) => [code, draft.mode === 'reject' ? { kind: 'reject' } : { kind: 'convert', rate: draft.rate.trim().replace(',', '.') }]),
    )
    const fallback: CloseDayFallback | null = outcome.closedWithoutDay === 0 ? decisions.closeDayFallback : closeDay.mode === 'reject' ? { kind: 'reject' } : { kind: 'day', day: closeDay.day }
    onDecide({ currencies: chosen, closeDayFallback: fallback })
  }
  const answered = !needsAnswers(outcome, decisions)
  return (
    <section className={`import-decisions${answered ? ' import-decisions--answered' : ''}`} aria-label={answered ? 'Your answers' : 'Before you import'}>
      <h3 className="import-section-title">{answered ? 'Your answers' : 'Before you import'}</h3>
      {outcome.currencies.map((seen) => (
        <CurrencyQuestion
          key={seen.currency}
          seen={seen}
          workspace={outcome.workspaceCurrency}
          draft={currencies[seen.currency] ?? { mode: 'convert', rate: '' }}
          error={tried ? (errors[seen.currency] ?? null) : null}
          onChange={(draft) => setCurrencies((current) => ({ ...current, [seen.currency]: draft }))}
        />
      ))}
      {outcome.closedWithoutDay > 0 && (
        <fieldset className="import-question">
          <legend>
            {plural(outcome.closedWithoutDay, 'won or lost deal has', 'won or lost deals have')} no close date in the file. Baton won’t use the day they were created.
          </legend>
          <label className="import-question__option">
            <input type="radio" name="close-day" checked={closeDay.mode === 'day'} onChange={() => setCloseDay((current) => ({ ...current, mode: 'day' }))} />
            Close them on
            <input type="date" aria-label="Day to close them on" value={closeDay.day} onChange={(event) => setCloseDay({ mode: 'day', day: event.target.value })} />
          </label>
          <label className="import-question__option">
            <input type="radio" name="close-day" checked={closeDay.mode === 'reject'} onChange={() => setCloseDay((current) => ({ ...current, mode: 'reject' }))} />
            Leave them out
          </label>
          {tried && dayError && <p className="field__error">{dayError}</p>}
        </fieldset>
      )}
      <div className="import-decisions__actions">
        <button type="button" className="button button--primary" onClick={apply}>
          {answered ? 'Check again with these answers' : 'Apply and check again'}
        </button>
      </div>
    </section>
  )
}

interface QuestionProps {
  seen: CurrencySeen
  workspace: string
  draft: CurrencyDraft
  error: string | null
  onChange: (draft: CurrencyDraft) => void
}

function CurrencyQuestion({ seen, workspace, draft, error, onChange }: QuestionProps) {
  const name = `currency-${seen.currency}`
  return (
    <fieldset className="import-question">
      <legend>
        {plural(seen.rows, 'row has', 'rows have')} amounts in <strong>{seen.currency}</strong> ({formatMoney(seen.totalMinor, seen.currency, LOCALE)} in all), not {workspace}.
      </legend>
      <label className="import-question__option">
        <input type="radio" name={name} checked={draft.mode === 'convert'} onChange={() => onChange({ ...draft, mode: 'convert' })} />
        Convert at 1 {seen.currency} =
        <input
          type="text"
          inputMode="decimal"
          className="import-question__rate"
          aria-label={`${workspace} for 1 ${seen.currency}`}
          aria-invalid={error ? true : undefined}
          placeholder="0.92"
          value={draft.rate}
          onChange={(event) => onChange({ mode: 'convert', rate: event.target.value })}
        />
        {workspace}
        {seen.choice?.kind === 'convert' && seen.convertedMinor !== null && (
          <span className="import-question__result">
            → {formatMoney(seen.convertedMinor, workspace, LOCALE)} at {seen.choice.rate}
          </span>
        )}
      </label>
      <label className="import-question__option">
        <input type="radio" name={name} checked={draft.mode === 'reject'} onChange={() => onChange({ ...draft, mode: 'reject' })} />
        Leave the rows in {seen.currency} out
      </label>
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  )
}
