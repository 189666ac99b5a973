import { useState } from 'react'
import type { TableLead } from '@shared/domain/board'
import type { Stage } from '@shared/domain/pipelines'
import { errorMessage } from '../../api/errors'
import { useCampaigns, useSegments } from '../campaigns/campaigns.queries'
import { useToast } from '../../ui/Toast'
import { LostReasonDialog } from './LostReasonDialog'
import { TextPromptDialog } from './TextPromptDialog'
import { leadsCount } from './count'
import { segmentMoveSummary } from './segmentSummary'
import { useBulkLeads, useDeletedToast, useOwnerSuggestions, useTagSuggestions, type BulkInput } from './leadTable.queries'

type Action = BulkInput['action']
type Prompt = 'owner' | 'tag' | { lostTo: Stage } | null

interface BulkBarProps {
  selectedIds: number[]
  /** The selected rows: what a segment change moves (their organisations, or people) is read from them. */
  selectedRows: TableLead[]
  stages: Stage[]
  /** After an action went through: the table clears the selection. */
  onDone: () => void
  onClear: () => void
}

/** What can be done to every selected lead at once. */
export function BulkBar({ selectedIds, selectedRows, stages, onDone, onClear }: BulkBarProps) {
  const bulk = useBulkLeads()
  const toast = useToast()
  const deletedToast = useDeletedToast()
  const owners = useOwnerSuggestions()
  const tags = useTagSuggestions()
  const campaigns = useCampaigns()
  const segments = useSegments()
  const [prompt, setPrompt] = useState<Prompt>(null)
  const [error, setError] = useState<string | null>(null)
  const count = selectedIds.length
  const them = leadsCount(count)

  /** Runs the action and says what it did; inside a dialog it throws, so the dialog shows why it failed. */
  async function run(action: Action, done: (affected: number) => string, failed: string) {
    setError(null)
    try {
      const result = await bulk.mutateAsync({ leadIds: selectedIds, action })
      setPrompt(null)
      if (result.undoToken) deletedToast(result.affected, result.undoToken)
      else toast.show(done(result.affected))
      onDone()
    } catch (failure) {
      if (prompt) throw failure
      setError(`${failed}: ${errorMessage(failure)}`)
    }
  }

  function moveTo(stageId: number) {
    const stage = stages.find((s) => s.id === stageId)
    if (!stage) return
    if (stage.kind === 'lost') return setPrompt({ lostTo: stage })
    void run({ type: 'move', stageId }, (n) => `Moved ${leadsCount(n)} to ${stage.name}.`, `Couldn't move ${them} to ${stage.name}`)
  }

  function touchBy(campaignId: number) {
    const campaign = campaigns.data?.find((c) => c.id === campaignId)
    if (!campaign) return
    void run({ type: 'touch', campaignId }, (n) => `Logged a touch by “${campaign.name}” on ${leadsCount(n)}.`, `Couldn't log the touch on ${them}`)
  }

  function setSegment(value: string) {
    if (value === '') return
    const segment = value === 'none' ? null : (segments.data?.find((s) => s.id === Number(value)) ?? null)
    if (value !== 'none' && !segment) return
    void run(
      { type: 'setSegment', segmentId: segment?.id ?? null },
      () => segmentMoveSummary(selectedRows, segment?.name ?? null),
      `Couldn't set the segment of ${them}`,
    )
  }

  return (
    <div className="bulk-bar" role="region" aria-label="Bulk actions">
      <strong>{them} selected</strong>
      <select aria-label="Move to stage" value="" onChange={(event) => moveTo(Number(event.target.value))} disabled={bulk.isPending}>
        <option value="">Move to stage…</option>
        {stages.map((stage) => (
          <option key={stage.id} value={stage.id}>
            {stage.name}
          </option>
        ))}
      </select>
      <select aria-label="Touched by campaign" value="" onChange={(event) => touchBy(Number(event.target.value))} disabled={bulk.isPending}>
        <option value="">Touched by campaign…</option>
        {campaigns.data?.map((campaign) => (
          <option key={campaign.id} value={campaign.id}>
            {campaign.name}
          </option>
        ))}
      </select>
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
      <button
        type="button"
        className="button button--small button--danger-quiet"
        disabled={bulk.isPending}
        onClick={() => void run({ type: 'delete' }, (n) => `${leadsCount(n)} deleted`, `Couldn't delete ${them}`)}
      >
        Delete
      </button>
      <span className="spacer" />
      <button type="button" className="button button--small" onClick={onClear}>
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
          onSubmit={(owner) => run({ type: 'setOwner', owner: owner || null }, (n) => (owner ? `${owner} now owns ${leadsCount(n)}.` : `Cleared the owner of ${leadsCount(n)}.`), 'Could not set the owner')}
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
          onSubmit={(tag) => run({ type: 'addTag', tag }, (n) => `Tagged ${leadsCount(n)} “${tag}”.`, 'Could not add the tag')}
          onClose={() => setPrompt(null)}
        />
      )}
      {prompt !== null && typeof prompt === 'object' && (
        <LostReasonDialog
          count={count}
          stageName={prompt.lostTo.name}
          onSubmit={(reason) => run({ type: 'move', stageId: prompt.lostTo.id, ...reason }, (n) => `Moved ${leadsCount(n)} to ${prompt.lostTo.name}.`, `Couldn't move ${them}`)}
          onClose={() => setPrompt(null)}
        />
      )}
    </div>
  )
}
