import { useState, type FormEvent } from 'react'
import { PersonInput } from '@shared/contract/people'
import type { PartyMatch, Person } from '@shared/domain/people'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { useUnsavedGuard } from '../../ui/unsavedGuard'
import { OwnerSelect } from '../settings/OwnerSelect'
import { PartyCombobox } from './PartyCombobox'
import { useCreatePerson } from './parties.queries'

const empty = { name: '', email: '', phone: '', jobTitle: '', owner: '', organization: '' }

/** A new person; `organization` puts them in that organisation from the start (its page's "Add person"). */
export function PersonCreateDialog({ organization, onCreated, onClose }: { organization?: PartyMatch; onCreated: (person: Person) => void; onClose: () => void }) {
  const [draft, setDraft] = useState({ ...empty, organization: organization?.name ?? '' })
  const [picked, setPicked] = useState<PartyMatch | null>(organization ?? null)
  const errors = useFormErrors()
  const [organizationError, setOrganizationError] = useState<string | null>(null)
  const create = useCreatePerson()
  useUnsavedGuard(draft.name !== '' || draft.email !== '' || draft.phone !== '' || draft.jobTitle !== '')
  const set = (key: keyof typeof empty) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    const unpicked = draft.organization.trim() !== '' && !picked
    setOrganizationError(unpicked ? 'Pick the organisation from the list, or create it first under Organisations' : null)
    if (unpicked) return
    const input = errors.check(PersonInput, {
      name: draft.name,
      emails: draft.email.trim() ? [draft.email] : [],
      phones: draft.phone.trim() ? [draft.phone] : [],
      jobTitle: draft.jobTitle,
      owner: draft.owner,
      organizationId: picked?.id ?? null,
    })
    if (!input) return
    try {
      onCreated(await create.mutateAsync(input))
    } catch (error) {
      errors.fromError(error)
    }
  }

  return (
    <Dialog
      title={organization ? `New person at ${organization.name}` : 'New person'}
      open
      onClose={onClose}
      footer={
        <>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="person-form" className="button button--primary" disabled={create.isPending}>
            Create person
          </button>
        </>
      }
    >
      <form id="person-form" className="form-grid" onSubmit={(event) => void submit(event)} noValidate>
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
        <Field label="Name" error={errors.fields['name']}>
          <input value={draft.name} onChange={set('name')} placeholder="Dana Li" autoFocus />
        </Field>
        <Field label="Job title" error={errors.fields['jobTitle']}>
          <input value={draft.jobTitle} onChange={set('jobTitle')} placeholder="Head of Operations" />
        </Field>
        <Field label="Email" error={errors.fields['emails']}>
          <input type="text" inputMode="email" spellCheck={false} value={draft.email} onChange={set('email')} placeholder="dana@northwind.com" />
        </Field>
        <Field label="Phone" error={errors.fields['phones']}>
          <input type="tel" value={draft.phone} onChange={set('phone')} />
        </Field>
        <Field label="Organisation" error={organizationError ?? errors.fields['organizationId']} hint="Type to find it by name or domain">
          <PartyCombobox kind="organization" text={draft.organization} onTextChange={(organization) => setDraft((d) => ({ ...d, organization }))} picked={picked} onPick={setPicked} />
        </Field>
        <Field label="Owner" error={errors.fields['owner']}>
          <OwnerSelect value={draft.owner} onChange={set('owner')} />
        </Field>
      </form>
    </Dialog>
  )
}
