import { useState } from 'react'
import { DUPLICATE_REASON_LABELS, type DuplicatePair, type DuplicateSide, type MergeKind } from '@shared/domain/merges'
import { errorMessage } from '../../api/errors'
import { useRoute } from '../../app/router'
import { shortDay } from '../../ui/format'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'
import { QueryError } from '../../ui/QueryError'
import { useToast } from '../../ui/Toast'
import { MergeDialog } from './MergeDialog'
import { useDismissDuplicate, useDuplicates } from './merges.queries'
import './merges.css'

const TABS: Array<{ kind: MergeKind; label: string }> = [
  { kind: 'person', label: 'People' },
  { kind: 'organization', label: 'Organisations' },
]

function Side({ side }: { side: DuplicateSide }) {
  return (
    <div className="duplicate-side">
      <strong>{side.name}</strong>
      <span className="muted">{[side.detail, side.organizationName].filter(Boolean).join(' · ') || 'No email or organisation'}</span>
      <span className="duplicate-side__meta">
        {side.deals === 1 ? '1 deal' : `${side.deals} deals`} · added {shortDay(side.createdAt)}
      </span>
    </div>
  )
}

function PairRow({ pair, onMerge }: { pair: DuplicatePair; onMerge: () => void }) {
  const dismiss = useDismissDuplicate()
  const toast = useToast()
  const label = `${pair.first.name} and ${pair.second.name}`
  return (
    <li className="duplicate-pair" aria-label={label}>
      <span className={`duplicate-pair__reason duplicate-pair__reason--${pair.reason}`}>{DUPLICATE_REASON_LABELS[pair.reason]}</span>
      <Side side={pair.first} />
      <span className="duplicate-pair__and" aria-hidden>
        ⇄
      </span>
      <Side side={pair.second} />
      <div className="duplicate-pair__actions">
        <button type="button" className="button button--primary button--small" onClick={onMerge}>
          Merge…
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={dismiss.isPending}
          onClick={() =>
            dismiss.mutate(
              { kind: pair.kind, firstId: pair.first.id, secondId: pair.second.id },
              {
                onSuccess: () => toast.show(`${label} won’t be suggested again.`),
                onError: (error) => toast.show(errorMessage(error), { tone: 'error' }),
              },
            )
          }
        >
          Not a duplicate
        </button>
      </div>
    </li>
  )
}

/** Possible duplicates: the pairs Baton thinks are one person (or organisation), each with Merge and Not a duplicate. */
export function DuplicatesPage() {
  const { params, setParams } = useRoute()
  const kind: MergeKind = params.get('kind') === 'organization' ? 'organization' : 'person'
  const duplicates = useDuplicates(kind)
  const [merging, setMerging] = useState<DuplicatePair | null>(null)

  let body
  if (duplicates.error) body = <QueryError error={duplicates.error} onRetry={() => void duplicates.refetch()} />
  else if (!duplicates.data) body = <p className="muted">Looking for duplicates…</p>
  else if (duplicates.data.length === 0)
    body = (
      <EmptyState icon="people" title={kind === 'person' ? 'No likely duplicate people' : 'No likely duplicate organisations'}>
        Baton looks for {kind === 'person' ? 'people sharing an email address, and people of the same name at the same organisation' : 'organisations sharing a domain or a name'}.
        Pairs you mark as not a duplicate stay hidden.
      </EmptyState>
    )
  else
    body = (
      <ul className="duplicate-pairs" aria-label="Possible duplicates">
        {duplicates.data.map((pair) => (
          <PairRow key={`${pair.first.id}:${pair.second.id}`} pair={pair} onMerge={() => setMerging(pair)} />
        ))}
      </ul>
    )

  return (
    <div className="page duplicates-page">
      <PageHeader
        title="Possible duplicates"
        subtitle={duplicates.data ? `${duplicates.data.length === 1 ? '1 pair' : `${duplicates.data.length} pairs`} to review` : undefined}
      />
      <div className="duplicates-tabs" role="tablist" aria-label="Records">
        {TABS.map((tab) => (
          <button key={tab.kind} type="button" role="tab" aria-selected={tab.kind === kind} className="duplicates-tabs__tab" onClick={() => setParams({ kind: tab.kind })}>
            {tab.label}
          </button>
        ))}
      </div>
      {body}
      {merging && <MergeDialog kind={merging.kind} ids={[merging.first.id, merging.second.id]} onClose={() => setMerging(null)} />}
    </div>
  )
}
