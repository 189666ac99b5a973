import { useState, type FormEvent } from 'react'
import type { Campaign } from '@shared/domain/campaigns'
import { Dialog } from '../../ui/Dialog'
import { useUnsavedGuard } from '../../ui/unsavedGuard'
import { useFormErrors } from '../../ui/useFormErrors'
import { CampaignFormFields, checkDraft, draftOf } from './CampaignFormFields'
import { useDeleteCampaign, useSaveCampaign } from './campaigns.queries'

export function CampaignEditor({ campaign, onClose }: { campaign: Campaign | null; onClose: () => void }) {
  const [initial] = useState(() => draftOf(campaign))
  const [draft, setDraft] = useState(initial)
  // Closing the window with the editor changed asks first (drafts are flat records of strings).
  useUnsavedGuard(JSON.stringify(draft) !== JSON.stringify(initial))
  const errors = useFormErrors()
  const save = useSaveCampaign()
  const remove = useDeleteCampaign()

  async function submit(event: FormEvent) {
    event.preventDefault()
    const fields = checkDraft(errors, draft)
    if (!fields) return
    try {
      await save.mutateAsync({ id: campaign?.id ?? null, fields })
      onClose()
    } catch (error) {
      errors.fromError(error)
    }
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
      <form id="campaign-form" className="form-grid" onSubmit={(event) => void submit(event)} noValidate>
        {errors.form && <p className="form-error" role="alert">{errors.form}</p>}
        <CampaignFormFields draft={draft} onChange={setDraft} errors={errors} autoFocus />
      </form>
    </Dialog>
  )
}
