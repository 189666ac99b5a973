import type { FormEvent } from 'react'
import { OrganizationPatch } from '@shared/contract/organizations'
import type { Organization } from '@shared/domain/people'
import { EntitySelect } from '../../ui/EntitySelect'
import { Field } from '../../ui/Field'
import { day } from '../../ui/format'
import { useFormErrors } from '../../ui/useFormErrors'
import { useSegments } from '../campaigns/campaigns.queries'
import { OwnerSelect } from '../settings/OwnerSelect'
import { DetailsCard } from './DetailsCard'
import { lines, TagBadges } from './partyFacts'
import { useUpdateOrganization } from './parties.queries'
import { StaleSave } from '../../ui/StaleSave'
import { useUnsavedGuard } from '../../ui/unsavedGuard'
import { useVersionedDraft } from '../../ui/useVersionedDraft'

const none = <span className="muted">—</span>

/** An organisation's own fields, read as facts and edited in place. */
export function OrganizationDetails({ organization }: { organization: Organization }) {
  return <DetailsCard id="organization-details-title" facts={<OrganizationFacts organization={organization} />} form={(done) => <OrganizationForm organization={organization} onDone={done} />} />
}

/** A website as a link the person can follow; what was typed when it does not look like one. */
function Website({ url }: { url: string }) {
  const href = /^https?:\/\//i.test(url) ? url : `https://${url}`
  return (
    <a className="party-link" href={href} target="_blank" rel="noreferrer">
      {url}
    </a>
  )
}

function OrganizationFacts({ organization: o }: { organization: Organization }) {
  const segments = useSegments()
  return (
    <dl className="facts campaign-facts">
      <dt>Domain</dt>
      <dd>{o.domain ?? none}</dd>
      <dt>Website</dt>
      <dd>{o.website ? <Website url={o.website} /> : none}</dd>
      <dt>Industry</dt>
      <dd>{o.industry ?? none}</dd>
      <dt>Size</dt>
      <dd>{o.size ?? none}</dd>
      <dt>Region</dt>
      <dd>{o.region ?? none}</dd>
      <dt>Address</dt>
      <dd className="campaign-facts__notes">{o.address ?? none}</dd>
      <dt>Owner</dt>
      <dd>{o.owner ?? none}</dd>
      <dt>Segment</dt>
      <dd>{(o.segmentId && segments.data?.find((s) => s.id === o.segmentId)?.name) ?? none}</dd>
      <dt>Tags</dt>
      <dd>{o.tags.length ? <TagBadges tags={o.tags} /> : none}</dd>
      <dt>Also known as</dt>
      <dd>{o.aliases.length ? o.aliases.join(', ') : none}</dd>
      <dt>Added</dt>
      <dd>{day(o.createdAt)}</dd>
      <dt>Notes</dt>
      <dd className="campaign-facts__notes">{o.notes ?? none}</dd>
    </dl>
  )
}

const organizationDraft = (o: Organization) => ({
  name: o.name,
  domain: o.domain ?? '',
  website: o.website ?? '',
  industry: o.industry ?? '',
  size: o.size ?? '',
  region: o.region ?? '',
  address: o.address ?? '',
  owner: o.owner ?? '',
  segment: o.segmentId ? String(o.segmentId) : '',
  tags: o.tags.join(', '),
  aliases: o.aliases.join('\n'),
  notes: o.notes ?? '',
})

function OrganizationForm({ organization: o, onDone }: { organization: Organization; onDone: () => void }) {
  const edit = useVersionedDraft(o, organizationDraft)
  const { draft, setDraft } = edit
  const segments = useSegments()
  const errors = useFormErrors()
  const update = useUpdateOrganization(o.id)
  useUnsavedGuard(edit.dirty)
  const set = (key: keyof typeof draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }))

  async function save() {
    if (update.isPending) return
    const { segment, tags, aliases, ...text } = draft
    const fields = errors.check(OrganizationPatch, {
      ...text,
      segmentId: segment ? Number(segment) : null,
      tags: tags.split(',').map((t) => t.trim()).filter(Boolean),
      aliases: lines(aliases),
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

  const text = (key: 'name' | 'domain' | 'website' | 'industry' | 'size' | 'region', label: string, hint?: string) => (
    <Field label={label} error={errors.fields[key]} {...(hint && { hint })}>
      <input value={draft[key]} onChange={set(key)} autoFocus={key === 'name'} spellCheck={key === 'domain' || key === 'website' ? false : undefined} />
    </Field>
  )
  return (
    <form className="form-grid campaign-details-form" aria-label="Edit details" onSubmit={submit} noValidate>
      {errors.form && <p className="form-error" role="alert">{errors.form}</p>}
      {edit.staleMessage && <StaleSave message={edit.staleMessage} busy={update.isPending} onApply={() => void save()} onDiscard={edit.discard} />}
      {text('name', 'Name')}
      {text('domain', 'Domain', 'acme.com')}
      {text('website', 'Website')}
      {text('industry', 'Industry')}
      {text('size', 'Size')}
      {text('region', 'Region')}
      <Field label="Owner" error={errors.fields['owner']}>
        <OwnerSelect value={draft.owner} onChange={set('owner')} />
      </Field>
      <Field label="Segment" error={errors.fields['segmentId']}>
        <EntitySelect items={segments.data} emptyLabel="No segment" value={draft.segment} onChange={set('segment')} />
      </Field>
      <Field label="Tags" error={errors.fields['tags']} hint="Separate tags with commas">
        <input value={draft.tags} onChange={set('tags')} />
      </Field>
      <Field label="Also known as" error={errors.fields['aliases']} hint="Other spellings, one a line: search finds them">
        <textarea rows={2} value={draft.aliases} onChange={set('aliases')} />
      </Field>
      <Field label="Address" error={errors.fields['address']} wide>
        <textarea rows={2} value={draft.address} onChange={set('address')} />
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
