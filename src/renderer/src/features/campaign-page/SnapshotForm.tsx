import { useState, type FormEvent } from 'react'
import { SnapshotFields } from '@shared/contract/campaignSnapshots'
import { SNAPSHOT_METRIC_LABELS, SNAPSHOT_METRICS, type MetricSnapshot, type SnapshotMetric } from '@shared/domain/campaignSnapshots'
import { readCount } from '@shared/domain/snapshotPaste'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { firmToday } from '../../ui/clock'
import { useSaveSnapshots, useUpdateSnapshot } from './campaignPage.queries'

type Draft = { measuredOn: string } & Record<SnapshotMetric, string>

const draftOf = (snapshot?: MetricSnapshot): Draft => ({
  measuredOn: snapshot?.measuredOn ?? firmToday(),
  impressions: snapshot ? String(snapshot.impressions) : '',
  clicks: snapshot ? String(snapshot.clicks) : '',
  visits: snapshot ? String(snapshot.visits) : '',
  engagements: snapshot ? String(snapshot.engagements) : '',
})

const countOf = (text: string) => {
  const value = readCount(text)
  return value === null ? 0 : typeof value === 'number' ? value : Number.NaN
}

/**
 * Types in one day's figures, or edits a saved day in place of its row. Typing a day that
 * is already saved updates it, as a paste does; the form says so before saving.
 */
export function SnapshotForm({ campaignId, snapshot, savedDays, onDone }: { campaignId: number; snapshot?: MetricSnapshot; savedDays: ReadonlySet<string>; onDone?: () => void }) {
  const [draft, setDraft] = useState(() => draftOf(snapshot))
  const errors = useFormErrors()
  const add = useSaveSnapshots(campaignId)
  const update = useUpdateSnapshot()
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }))
  const replaces = !snapshot && savedDays.has(draft.measuredOn)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const fields = errors.check(SnapshotFields, {
      measuredOn: draft.measuredOn,
      impressions: countOf(draft.impressions),
      clicks: countOf(draft.clicks),
      visits: countOf(draft.visits),
      engagements: countOf(draft.engagements),
    })
    if (!fields) return
    try {
      if (snapshot) {
        await update.mutateAsync({ id: snapshot.id, fields })
        onDone?.()
      } else {
        await add.mutateAsync([fields])
        setDraft(draftOf())
      }
    } catch (error) {
      errors.fromError(error)
    }
  }

  return (
    <form className="snapshot-form" aria-label={snapshot ? `Edit figures for ${snapshot.measuredOn}` : 'Add a day'} onSubmit={(event) => void submit(event)} noValidate>
      <Field label="Day" error={errors.fields['measuredOn']}>
        <input type="date" value={draft.measuredOn} onChange={set('measuredOn')} />
      </Field>
      {SNAPSHOT_METRICS.map((metric) => (
        <Field key={metric} label={SNAPSHOT_METRIC_LABELS[metric]} error={errors.fields[metric] && 'Enter a whole number'}>
          <input value={draft[metric]} onChange={set(metric)} inputMode="numeric" placeholder="0" />
        </Field>
      ))}
      <div className="snapshot-form__actions">
        {snapshot && (
          <button type="button" className="button" onClick={onDone}>
            Cancel
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={add.isPending || update.isPending}>
          {snapshot ? 'Save' : replaces ? 'Update day' : 'Add day'}
        </button>
      </div>
      {replaces && <p className="snapshot-form__note muted">This day already has figures; saving replaces them.</p>}
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
    </form>
  )
}
