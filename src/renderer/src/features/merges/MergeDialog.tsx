import { useState } from 'react'
import type { MergeDone, MergeKind, MergeSide } from '@shared/domain/merges'
import { errorMessage } from '../../api/errors'
import { Dialog } from '../../ui/Dialog'
import { QueryError } from '../../ui/QueryError'
import { useToast } from '../../ui/Toast'
import { useSegments } from '../campaigns/campaigns.queries'
import type { CustomField } from '@shared/domain/customFields'
import { useCustomFields } from '../custom-fields/customFields.queries'
import { CHOICE_ROWS, combinedRows, customChoiceRows, customCombinedRows, customKeyOf, isCustomRow, type ChoiceRow, type MergeRecord } from './mergeFields'
import { useMerge, useMergeSide, useUndoMergeLater } from './merges.queries'
import { MergeTable, type Column } from './MergeTable'
import './merges.css'

const KIND_WORDS: Record<MergeKind, { title: string; record: string }> = {
  person: { title: 'Merge two people', record: 'person' },
  organization: { title: 'Merge two organisations', record: 'organisation' },
}

/** Each field's starting choice: the kept record's value, unless it has none and the other has one. */
function startingPicks(rows: readonly ChoiceRow[], sides: Record<Column, MergeRecord>, kept: Column, segmentName: (id: number | null) => string | null) {
  const other: Column = kept === 'a' ? 'b' : 'a'
  return Object.fromEntries(rows.map((row) => [row.field, row.show(sides[kept], segmentName) === null && row.show(sides[other], segmentName) !== null ? other : kept]))
}

/** The radios as the merge call takes them: the record's own fields in `pick`, custom fields by key in `customPick`. */
function picksToSend(picks: Partial<Record<string, Column>>, kept: Column) {
  const pick: Record<string, MergeSide> = {}
  const customPick: Record<string, MergeSide> = {}
  for (const [field, column] of Object.entries(picks)) {
    const side: MergeSide = column === kept ? 'keep' : 'other'
    if (isCustomRow(field)) customPick[customKeyOf(field)] = side
    else pick[field] = side
  }
  return { pick, customPick }
}

const NO_FIELDS: CustomField[] = []

const defaultKept = (sides: Record<Column, MergeRecord>): Column =>
  sides.b.deals > sides.a.deals || (sides.b.deals === sides.a.deals && sides.b.record.createdAt < sides.a.record.createdAt) ? 'b' : 'a'

/**
 * Two people (or two organisations) into one: both records side by side with a radio per field
 * that differs, the lists that are combined, and which record stays. The toast after it offers undo.
 * Open it from a bulk bar or a page header with the two ids.
 */
export function MergeDialog({ kind, ids, onClose, onMerged }: { kind: MergeKind; ids: readonly [number, number]; onClose: () => void; onMerged?: (done: MergeDone) => void }) {
  const a = useMergeSide(kind, ids[0])
  const b = useMergeSide(kind, ids[1])
  const segments = useSegments()
  const customFields = useCustomFields(kind).data ?? NO_FIELDS
  const rows = [...CHOICE_ROWS[kind], ...customChoiceRows(customFields)]
  const merge = useMerge()
  const undoLater = useUndoMergeLater()
  const toast = useToast()
  const [kept, setKept] = useState<Column | null>(null)
  const [picks, setPicks] = useState<Partial<Record<string, Column>>>({})
  const words = KIND_WORDS[kind]
  const segmentName = (id: number | null) => (id === null ? null : (segments.data?.find((segment) => segment.id === id)?.name ?? null))
  const sides = a.data && b.data ? ({ a: a.data, b: b.data } as Record<Column, MergeRecord>) : null

  // Until someone chooses: the record with more deals stays (on a tie, the older one), and each field starts on its value.
  const keptColumn: Column | null = sides ? (kept ?? defaultKept(sides)) : null
  const shownPicks = sides && keptColumn ? { ...startingPicks(rows, sides, keptColumn, segmentName), ...picks } : {}

  const submit = () => {
    if (!sides || keptColumn === null) return
    const kept = keptColumn
    const other: Column = kept === 'a' ? 'b' : 'a'
    const { pick, customPick } = picksToSend(shownPicks, kept)
    const keepId = sides[kept].record.id
    const otherId = sides[other].record.id
    const names = { kept: sides[kept].record.name, other: sides[other].record.name }
    merge.mutate({ kind, keepId, otherId, pick, customPick }, {
      onSuccess: (done) => {
        onClose()
        onMerged?.(done)
        const moved = done.dealsMoved === 0 ? '' : ` ${done.dealsMoved === 1 ? '1 deal' : `${done.dealsMoved} deals`} moved.`
        toast.show(`Merged ${names.other} into ${names.kept}.${moved}`, {
          ms: 10_000,
          action: {
            label: 'Undo',
            run: () =>
              void undoLater(done.mergeId).then(
                () => toast.show(`Merge undone: ${names.kept} and ${names.other} are two again.`),
                (error: unknown) => toast.show(errorMessage(error), { tone: 'error' }),
              ),
          },
        })
      },
    })
  }

  const failed = a.error ?? b.error
  return (
    <Dialog
      title={words.title}
      open
      wide
      onClose={onClose}
      footer={
        <>
          <span className="merge-dialog-footer-note">{sides ? `${sides.a.deals + sides.b.deals === 1 ? '1 deal' : `${sides.a.deals + sides.b.deals} deals`} after the merge` : ''}</span>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={!sides || keptColumn === null || merge.isPending} onClick={submit}>
            {sides && keptColumn !== null ? `Merge into ${sides[keptColumn].record.name}` : 'Merge'}
          </button>
        </>
      }
    >
      {failed ? (
        <QueryError error={failed} onRetry={() => void Promise.all([a.refetch(), b.refetch()])} />
      ) : !sides || keptColumn === null ? (
        <p className="muted">Loading both records…</p>
      ) : (
        <>
          <p className="merge-intro">
            Pick the value to keep where the two differ. Every deal, with its activities and campaign touches, moves to the {words.record} you keep; the other one goes. You
            can undo the merge afterwards.
          </p>
          <MergeTable
            sides={sides}
            kept={keptColumn}
            onKeep={setKept}
            rows={rows}
            picks={shownPicks}
            onPick={(field, column) => setPicks((all) => ({ ...all, [field]: column }))}
            segmentName={segmentName}
            combined={[
              ...combinedRows(sides[keptColumn], sides[keptColumn === 'a' ? 'b' : 'a'], { email: shownPicks['email'] !== keptColumn, phone: shownPicks['phone'] !== keptColumn }),
              ...customCombinedRows(customFields, sides[keptColumn], sides[keptColumn === 'a' ? 'b' : 'a']),
            ]}
          />
          {merge.error && (
            <p role="alert" className="form-error">
              {errorMessage(merge.error)}
            </p>
          )}
        </>
      )}
    </Dialog>
  )
}
