import { useMemo, useState } from 'react'
import type { MetricSnapshot } from '@shared/domain/campaignSnapshots'
import { parseSnapshotPaste } from '@shared/domain/snapshotPaste'
import { errorMessage } from '../../api/errors'
import { Dialog } from '../../ui/Dialog'
import { useToast } from '../../ui/Toast'
import { plural } from '../../ui/plural'
import { useSaveSnapshots } from './campaignPage.queries'
import { PastePreview } from './PastePreview'

const EXAMPLE = 'Date\tImpressions\tClicks\tSessions\tOpens\n2026-03-02\t12,480\t310\t190\t0'

/** Pastes figures from a spreadsheet or an ad platform's export, previews them, then saves the good rows. */
export function SnapshotPasteDialog({ campaignId, saved, onClose }: { campaignId: number; saved: MetricSnapshot[]; onClose: () => void }) {
  const [text, setText] = useState('')
  const result = useMemo(() => (text.trim() ? parseSnapshotPaste(text) : null), [text])
  const savedByDay = useMemo(() => new Map(saved.map((s) => [s.measuredOn, s])), [saved])
  const save = useSaveSnapshots(campaignId)
  const toast = useToast()
  const [failure, setFailure] = useState<string | null>(null)
  const days = result?.days ?? []
  const updates = days.filter((d) => savedByDay.has(d.measuredOn)).length

  async function saveDays() {
    setFailure(null)
    try {
      const outcome = await save.mutateAsync(days.map(({ rows: _rows, ...day }) => day))
      toast.show(`Saved ${plural(outcome.created + outcome.updated, 'day')}: ${outcome.created} new, ${outcome.updated} updated.`)
      onClose()
    } catch (error) {
      setFailure(`Couldn't save the figures: ${errorMessage(error)}`)
    }
  }

  return (
    <Dialog
      title="Paste metrics"
      open
      onClose={onClose}
      wide
      footer={
        <>
          <span className="muted paste__summary" role="status">
            {days.length > 0 && `${plural(days.length, 'day')} to save${updates > 0 ? `, ${updates} of them already saved (they will be updated)` : ''}.`}
            {result && result.errors.length > 0 && ` ${plural(result.errors.length, 'row')} with problems will be left out.`}
          </span>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={days.length === 0 || save.isPending} onClick={() => void saveDays()}>
            {days.length > 0 ? `Save ${plural(days.length, 'day')}` : 'Save'}
          </button>
        </>
      }
    >
      <div className="paste">
        <label className="paste__label" htmlFor="snapshot-paste">
          Copy the rows from a spreadsheet or from a Google Ads, Meta, LinkedIn or Mailchimp export, headings included, and paste them here.
        </label>
        <textarea id="snapshot-paste" className="paste__input" rows={6} value={text} onChange={(e) => setText(e.target.value)} placeholder={EXAMPLE} spellCheck={false} autoFocus />
        <p className="muted paste__help">
          Columns are read by their heading: a date (Date, Day, Reporting starts), and any of impressions (Impressions, Impr.), clicks (Clicks, Link clicks), visits (Sessions, Visits) and opens or
          engagements (Opens, Engagements). Rows of the same day are added up. A day that already has figures is updated with the pasted ones.
        </p>
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        {result && <PastePreview result={result} savedByDay={savedByDay} />}
      </div>
    </Dialog>
  )
}
