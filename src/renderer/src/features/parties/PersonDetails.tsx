import { useState, type FormEvent } from 'react'
import { PersonPatch } from '@shared/contract/people'
import type { PartyMatch, Person } from '@shared/domain/people'
import { hrefFor } from '../../app/router'
import { EntitySelect } from '../../ui/EntitySelect'
import { Field } from '../../ui/Field'
import { day } from '../../ui/format'
import { useFormErrors } from '../../ui/useFormErrors'
import { useSegments } from '../campaigns/campaigns.queries'
import { OwnerSelect } from '../settings/OwnerSelect'
import { PartyCombobox } from './PartyCombobox'
import { DetailsCard } from './DetailsCard'
import { lines, TagBadges } from './partyFacts'
import { useUpdatePerson } from './parties.queries'
import { StaleSave } from '../../ui/StaleSave'
import { useUnsavedGuard } from '../../ui/unsavedGuard'
import { useVersionedDraft } from '../../ui/useVersionedDraft'

const none = <span className="muted">—</span>

/** A person's own fields, read as facts and edited in place. */
export function PersonDetails({ person }: { person: Person }) {
  return <DetailsCard id="person-details-title" facts={<PersonFacts person={person} />} form={(done) => <PersonForm person={person} onDone={done} />} />
}

function PersonFacts({ person }: { person: Person }) {
  const segments = useSegments()
  return (
    <dl className="facts campaign-facts">
      <dt>Email</dt>
      <dd>{person.emails.length ? person.emails.map((email) => <div key={email}>{email}</div>) : none}</dd>
      <dt>Phone</dt>
      <dd>{person.phones.length ? person.phones.map((phone) => <div key={phone}>{phone}</div>) : none}</dd>
      <dt>Job title</dt>
      <dd>{person.jobTitle ?? none}</dd>
      <dt>Organisation</dt>
      <dd>{person.organizationId ? <a className="party-link" href={hrefFor(`/organizations/${person.organizationId}`)}>{person.organizationName}</a> : none}</dd>
      <dt>Owner</dt>
      <dd>{person.owner ?? none}</dd>
      <dt>Segment</dt>
      <dd>{(person.segmentId && segments.data?.find((s) => s.id === person.segmentId)?.name) ?? none}</dd>
      <dt>Tags</dt>
      <dd>{person.tags.length ? <TagBadges tags={person.tags} /> : none}</dd>
      <dt>First came from</dt>
      <dd>{person.firstCampaignId ? <a className="party-link" href={hrefFor(`/campaigns/${person.firstCampaignId}`)}>{person.firstCampaignName}</a> : none}</dd>
      <dt>Added</dt>
      <dd>{day(person.createdAt)}</dd>
      <dt>Notes</dt>
      <dd className="campaign-facts__notes">{person.notes ?? none}</dd>
    </dl>
  )
}

const personDraft = (person: Person) => ({
  name: person.name,
  jobTitle: person.jobTitle ?? '',
  emails: person.emails.join('\n'),
  phones: person.phones.join('\n'),
  organization: person.organizationName ?? '',
  organizationPick: person.organizationId ? ({ id: person.organizationId, name: person.organizationName ?? '', detail: null } as PartyMatch) : null,
  owner: person.owner ?? '',
  segment: person.segmentId ? String(person.segmentId) : '',
  tags: person.tags.join(', '),
  notes: person.notes ?? '',
})

function PersonForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const edit = useVersionedDraft(person, personDraft)
  const { draft, setDraft } = edit
  const organization = draft.organizationPick
  const [organizationError, setOrganizationError] = useState<string | null>(null)
  const segments = useSegments()
  const errors = useFormErrors()
  const update = useUpdatePerson(person.id)
  useUnsavedGuard(edit.dirty)
  const set = (key: keyof typeof draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }))

  async function save() {
    if (update.isPending) return
    const unpicked = draft.organization.trim() !== '' && !organization
    setOrganizationError(unpicked ? 'Pick the organisation from the list, or clear the field' : null)
    if (unpicked) return
    const fields = errors.check(PersonPatch, {
      name: draft.name,
      jobTitle: draft.jobTitle,
      emails: lines(draft.emails),
      phones: lines(draft.phones),
      organizationId: organization?.id ?? null,
      owner: draft.owner,
      segmentId: draft.segment ? Number(draft.segment) : null,
      tags: draft.tags.split(',').map((t) => t.trim()).filter(Boolean),
      notes: draft.notes,
    })
    if (!fields) return
    try {
      edit.saved(await update.mutateAsync({ fields, basedOnVersion: edit.basedOnVersion }))
      onDone()
    } catch (error) {
      if (!edit.refused(error)) errors.fromError(error)
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    void save()
  }

  return (
    <form className="form-grid campaign-details-form" aria-label="Edit details" onSubmit={submit} noValidate>
      {errors.form && <p className="form-error" role="alert">{errors.form}</p>}
      {edit.staleMessage && <StaleSave message={edit.staleMessage} busy={update.isPending} onApply={() => void save()} onDiscard={edit.discard} />}
      <Field label="Name" error={errors.fields['name']}>
        <input value={draft.name} onChange={set('name')} autoFocus />
      </Field>
      <Field label="Job title" error={errors.fields['jobTitle']}>
        <input value={draft.jobTitle} onChange={set('jobTitle')} />
      </Field>
      <Field label="Emails" error={errors.fields['emails']} hint="One a line; the first is the one deals show">
        <textarea rows={2} value={draft.emails} onChange={set('emails')} spellCheck={false} />
      </Field>
      <Field label="Phones" error={errors.fields['phones']} hint="One a line">
        <textarea rows={2} value={draft.phones} onChange={set('phones')} />
      </Field>
      <Field label="Organisation" error={organizationError ?? errors.fields['organizationId']}>
        <PartyCombobox kind="organization" text={draft.organization} onTextChange={(text) => setDraft((d) => ({ ...d, organization: text }))} picked={organization} onPick={(pick) => setDraft((d) => ({ ...d, organizationPick: pick }))} />
      </Field>
      <Field label="Owner" error={errors.fields['owner']}>
        <OwnerSelect value={draft.owner} onChange={set('owner')} />
      </Field>
      <Field label="Segment" error={errors.fields['segmentId']}>
        <EntitySelect items={segments.data} emptyLabel="No segment" value={draft.segment} onChange={set('segment')} />
      </Field>
      <Field label="Tags" error={errors.fields['tags']} hint="Separate tags with commas">
        <input value={draft.tags} onChange={set('tags')} />
      </Field>
      <Field label="Notes" error={errors.fields['notes']} wide>
        <textarea rows={3} value={draft.notes} onChange={set('notes')} />
      </Field>
      <div className="campaign-details-form__actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          Save details
        </button>
      </div>
    </form>
  )
}
