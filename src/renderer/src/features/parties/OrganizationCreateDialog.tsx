import { useState, type FormEvent } from 'react'
import { OrganizationInput } from '@shared/contract/organizations'
import type { Organization } from '@shared/domain/people'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { useUnsavedGuard } from '../../ui/unsavedGuard'
import { OwnerSelect } from '../settings/OwnerSelect'
import { useCreateOrganization } from './parties.queries'

const empty = { name: '', domain: '', industry: '', size: '', region: '', owner: '' }

/** A new organisation: its name, and what a firm knows of it on day one. */
export function OrganizationCreateDialog({ onCreated, onClose }: { onCreated: (organization: Organization) => void; onClose: () => void }) {
  const [draft, setDraft] = useState(empty)
  const errors = useFormErrors()
  const create = useCreateOrganization()
  useUnsavedGuard(Object.values(draft).some((value) => value !== ''))
  const set = (key: keyof typeof empty) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    const input = errors.check(OrganizationInput, draft)
    if (!input) return
    try {
      onCreated(await create.mutateAsync(input))
    } catch (error) {
      errors.fromError(error)
    }
  }

  return (
    <Dialog
      title="New organisation"
      open
      onClose={onClose}
      footer={
        <>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="organization-form" className="button button--primary" disabled={create.isPending}>
            Create organisation
          </button>
        </>
      }
    >
      <form id="organization-form" className="form-grid" onSubmit={(event) => void submit(event)} noValidate>
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
        <Field label="Name" error={errors.fields['name']}>
          <input value={draft.name} onChange={set('name')} placeholder="Northwind Traders" autoFocus />
        </Field>
        <Field label="Domain or website" error={errors.fields['domain']} hint="northwind.com">
          <input value={draft.domain} onChange={set('domain')} spellCheck={false} />
        </Field>
        <Field label="Industry" error={errors.fields['industry']}>
          <input value={draft.industry} onChange={set('industry')} placeholder="Wholesale" />
        </Field>
        <Field label="Size" error={errors.fields['size']}>
          <input value={draft.size} onChange={set('size')} placeholder="11–50" />
        </Field>
        <Field label="Region" error={errors.fields['region']}>
          <input value={draft.region} onChange={set('region')} placeholder="North-West" />
        </Field>
        <Field label="Owner" error={errors.fields['owner']}>
          <OwnerSelect value={draft.owner} onChange={set('owner')} />
        </Field>
      </form>
    </Dialog>
  )
}
