import { useState } from 'react'
import type { SegmentSummary } from '@shared/domain/campaigns'
import { useRoute } from '../../app/router'
import { EmptyState } from '../../ui/EmptyState'
import { Icon } from '../../ui/icons'
import { PageHeader } from '../../ui/PageHeader'
import { QueryError } from '../../ui/QueryError'
import { useToast } from '../../ui/Toast'
import '../marketing/marketing.css'
import { MarketingTabs } from '../marketing/MarketingTabs'
import { isPeriodId } from '../marketing/period'
import { DeleteSegmentDialog } from './DeleteSegmentDialog'
import { SegmentComparison } from './SegmentComparison'
import { SegmentEditor } from './SegmentEditor'
import { SegmentList } from './SegmentList'
import './segments.css'
import { useSegments } from './segments.queries'

/** Who the firm sells to: segments with their criteria, and how each one performs. */
export function SegmentsPage() {
  const { params, setParams } = useRoute()
  const raw = params.get('period')
  const period = isPeriodId(raw) ? raw : 'last-12-months'
  const segments = useSegments()
  const toast = useToast()
  const [editing, setEditing] = useState<SegmentSummary | 'new' | null>(null)
  const [deleting, setDeleting] = useState<SegmentSummary | null>(null)

  const newButton = (
    <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
      <Icon name="plus" /> New segment
    </button>
  )

  let body
  if (segments.error) body = <QueryError error={segments.error} onRetry={() => void segments.refetch()} />
  else if (!segments.data) body = <p className="muted">Loading segments…</p>
  else if (segments.data.length === 0)
    body = (
      <EmptyState icon="campaigns" title="Describe who you sell to" actions={newButton}>
        <p>A segment is a group of buyers with something in common — an industry, a company size, a region. Put leads and campaigns in segments to see which groups are worth your budget.</p>
      </EmptyState>
    )
  else
    body = (
      <>
        <SegmentList segments={segments.data} onEdit={setEditing} onDelete={setDeleting} />
        <SegmentComparison segments={segments.data} period={period} onPeriodChange={(next) => setParams({ period: next })} />
      </>
    )

  return (
    <div className="page">
      <PageHeader title="Campaigns" subtitle="Every effort that brings in leads: what it costs and what it brings." actions={newButton} />
      <MarketingTabs current="segments" />
      {body}
      {editing && (
        <SegmentEditor
          segment={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(name) => toast.show(editing === 'new' ? `Created the segment “${name}”.` : `Saved “${name}”.`)}
        />
      )}
      {deleting && <DeleteSegmentDialog segment={deleting} onClose={() => setDeleting(null)} onDeleted={(message) => toast.show(message)} />}
    </div>
  )
}
