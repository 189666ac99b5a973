import type { FormEvent } from 'react'
import type { Campaign } from '@shared/domain/campaigns'
import { Dialog } from '../../ui/Dialog'
import { StaleSave } from '../../ui/StaleSave'
import { useVersionedDraft } from '../../ui/useVersionedDraft'
import { useUnsavedGuard } from '../../ui/unsavedGuard'
import { useFormErrors } from '../../ui/useFormErrors'
import { CampaignFormFields, checkDraft, draftOf } from './CampaignFormFields'
import { useDeleteCampaign, useSaveCampaign } from './campaigns.queries'

// A new campaign has no version yet: nothing to be based on.
const draftOfEdited = ({ campaign }: { campaign: Campaign | null }) => draftOf(campaign)

export function CampaignEditor({ campaign, onClose }: { campaign: Campaign | null; onClose: () => void }) {
  const edit = useVersionedDraft({ campaign, version: campaign?.version ?? 0 }, draftOfEdited)
  const { draft, setDraft } = edit
  // Closing the window with the editor changed asks first.
  useUnsavedGuard(edit.dirty)
  const errors = useFormErrors()
  const save = useSaveCampaign()
  const remove = useDeleteCampaign()

  async function saveDraft() {
    if (save.isPending) return
    const fields = checkDraft(errors, draft)
    if (!fields) return
    try {
      await save.mutateAsync({ id: campaign?.id ?? null, fields, ...(campaign && { basedOnVersion: edit.basedOnVersion }) })
      onClose()
    } catch (error) {
      if (!edit.refused(error)) errors.fromError(error)
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    void saveDraft()
  }

  async function deleteCampaign() {
    if (!campaign || !window.confirm(`Delete “${campaign.name}”? Its leads stay, without a source campaign.`)) return
    try {
      await remove.mutateAsync(campaign.id)
      onClose()
    } catch (error) {
      errors.fromError(error)
    }
  }

  return (
    <Dialog
      title={campaign ? 'Edit campaign' : 'New campaign'}
      open
      onClose={onClose}
      wide
      footer={
        <>
          {campaign && (
            <button type="button" className="button button--danger-quiet" onClick={() => void deleteCampaign()}>
              Delete campaign
            </button>
          )}
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="campaign-form" className="button button--primary" disabled={save.isPending}>
            {campaign ? 'Save changes' : 'Create campaign'}
          </button>
        </>
      }
    >
      <form id="campaign-form" className="form-grid" onSubmit={submit} noValidate>
        {errors.form && <p className="form-error" role="alert">{errors.form}</p>}
        {edit.staleMessage && <StaleSave message={edit.staleMessage} busy={save.isPending} onApply={() => void saveDraft()} onDiscard={edit.discard} />}
        <CampaignFormFields draft={draft} onChange={setDraft} errors={errors} autoFocus />
      </form>
    </Dialog>
  )
}
