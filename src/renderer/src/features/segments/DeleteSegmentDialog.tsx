import type { SegmentSummary } from '@shared/domain/campaigns'
import { errorMessage } from '../../api/errors'
import { Dialog } from '../../ui/Dialog'
import { useDeleteSegment } from './segments.queries'
import { LOCALE } from '../../ui/format'

const count = (n: number, one: string, many: string) => `${n.toLocaleString(LOCALE)} ${new Intl.PluralRules('en-US').select(n) === 'one' ? one : many}`

/** Says exactly what a delete does before it happens: the leads and campaigns stay, without the segment. */
export function DeleteSegmentDialog({ segment, onClose, onDeleted }: { segment: SegmentSummary; onClose: () => void; onDeleted: (message: string) => void }) {
  const remove = useDeleteSegment()
  const leads = count(segment.leadCount, 'lead', 'leads')
  const campaigns = count(segment.campaignCount, 'campaign', 'campaigns')
  async function confirm() {
    const result = await remove.mutateAsync(segment.id)
    onDeleted(`Deleted “${segment.name}”. ${count(result.leadsCleared, 'lead', 'leads')} and ${count(result.campaignsCleared, 'campaign', 'campaigns')} no longer have a segment.`)
    onClose()
  }
  return (
    <Dialog
      title={`Delete ${segment.name}?`}
      open
      onClose={onClose}
      footer={
        <>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Keep it
          </button>
          <button type="button" className="button button--danger" disabled={remove.isPending} onClick={() => void confirm().catch(() => undefined)}>
            Delete segment
          </button>
        </>
      }
    >
      <p>
        {segment.leadCount + segment.campaignCount === 0
          ? 'No lead or campaign is in this segment, so nothing else changes.'
          : `${leads} and ${campaigns} are in this segment. They are kept — nothing is deleted but the segment — and simply show no segment afterwards.`}
      </p>
      {remove.error && (
        <p className="form-error" role="alert">
          Couldn't delete the segment: {errorMessage(remove.error)}
        </p>
      )}
    </Dialog>
  )
}
