import { useState } from 'react'
import { countOf, noun } from '@shared/domain/plural'
import { errorMessage } from '../../api/errors'
import { useToast } from '../../ui/Toast'
import { useSegments } from '../campaigns/campaigns.queries'
import { useOwnerSuggestions, useTagSuggestions } from '../lead-table/leadTable.queries'
import { TextPromptDialog } from '../lead-table/TextPromptDialog'
import { PartyDeleteDialog } from './PartyDeleteDialog'
import { useBulkParties, type PartyBulkInput, type PartyKind } from './parties.queries'

export const PEOPLE = noun('person', 'people')
export const ORGANIZATIONS = noun('organisation')

interface PartyBulkBarProps {
  kind: PartyKind
  selected: ReadonlyArray<{ id: number; name: string; openDeals: number }>
  onDone: () => void
}

/** What can be done to every selected person or organisation at once. */
export function PartyBulkBar({ kind, selected, onDone }: PartyBulkBarProps) {
  const bulk = useBulkParties(kind)
  const toast = useToast()
  const owners = useOwnerSuggestions()
  const tags = useTagSuggestions()
  const segments = useSegments()
  const [prompt, setPrompt] = useState<'owner' | 'tag' | 'delete' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const word = kind === 'person' ? PEOPLE : ORGANIZATIONS
  const them = selected.length === 1 ? (selected[0]?.name ?? '') : countOf(selected.length, word)
  const ids = selected.map((row) => row.id)

  /** Runs the action and says what it did; inside a dialog it throws, so the dialog shows why. */
  async function run(action: PartyBulkInput, done: (affected: number) => string, failed: string, inDialog = false) {
    setError(null)
    try {
      const result = await bulk.mutateAsync({ ids, action })
      setPrompt(null)
      toast.show(done(result.affected))
      onDone()
    } catch (failure) {
      if (inDialog) throw failure
      setError(`${failed}: ${errorMessage(failure)}`)
    }
  }

  function setSegment(value: string) {
    if (value === '') return
    const segment = value === 'none' ? null : (segments.data?.find((s) => s.id === Number(value)) ?? null)
    if (value !== 'none' && !segment) return
    void run(
      { type: 'setSegment', segmentId: segment?.id ?? null },
      (n) => (segment ? `Put ${countOf(n, word)} in “${segment.name}”.` : `Took ${countOf(n, word)} out of their segment.`),
      `Couldn't set the segment of ${them}`,
    )
  }

  return (
    <div className="bulk-bar" role="region" aria-label="Bulk actions">
      <strong>{countOf(selected.length, word)} selected</strong>
      <select aria-label="Set segment" value="" onChange={(event) => setSegment(event.target.value)} disabled={bulk.isPending}>
        <option value="">Set segment…</option>
        {segments.data?.map((segment) => (
          <option key={segment.id} value={segment.id}>
            {segment.name}
          </option>
        ))}
        <option value="none">No segment</option>
      </select>
      <button type="button" className="button button--small" onClick={() => setPrompt('owner')} disabled={bulk.isPending}>
        Set owner
      </button>
      <button type="button" className="button button--small" onClick={() => setPrompt('tag')} disabled={bulk.isPending}>
        Add tag
      </button>
      <button type="button" className="button button--small button--danger-quiet" disabled={bulk.isPending} onClick={() => setPrompt('delete')}>
        Delete…
      </button>
      <span className="spacer" />
      <button type="button" className="button button--small" onClick={onDone}>
        Clear selection
      </button>
      {error && (
        <p className="bulk-bar__error" role="alert">
          {error}
        </p>
      )}
      {prompt === 'owner' && (
        <TextPromptDialog
          title={`Set the owner of ${them}`}
          label="Owner"
          hint="Leave it empty to clear the owner"
          submitLabel="Set owner"
          suggestions={owners.data}
          onSubmit={(owner) =>
            run({ type: 'setOwner', owner: owner || null }, (n) => (owner ? `${owner} now owns ${countOf(n, word)}.` : `Cleared the owner of ${countOf(n, word)}.`), 'Could not set the owner', true)
          }
          onClose={() => setPrompt(null)}
        />
      )}
      {prompt === 'tag' && (
        <TextPromptDialog
          title={`Add a tag to ${them}`}
          label="Tag"
          submitLabel="Add tag"
          suggestions={tags.data}
          validate={(tag) => (tag ? null : 'Type the tag to add')}
          onSubmit={(tag) => run({ type: 'addTag', tag }, (n) => `Tagged ${countOf(n, word)} “${tag}”.`, 'Could not add the tag', true)}
          onClose={() => setPrompt(null)}
        />
      )}
      {prompt === 'delete' && (
        <PartyDeleteDialog
          kind={kind}
          who={them}
          openDeals={selected.reduce((sum, row) => sum + row.openDeals, 0)}
          onDelete={(deleteLeads) => run({ type: 'delete', deleteLeads }, (n) => `Deleted ${countOf(n, word)}.`, `Couldn't delete ${them}`, true)}
          onClose={() => setPrompt(null)}
        />
      )}
    </div>
  )
}
