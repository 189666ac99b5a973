import { useState, type FormEvent } from 'react'
import type { CustomValues } from '@shared/domain/customFields'
import { LeadInput } from '@shared/contract/leads'
import { amountProblem, parseMoney } from '@shared/domain/money'
import type { PartyMatch } from '@shared/domain/people'
import { Dialog } from '../../ui/Dialog'
import { EntitySelect } from '../../ui/EntitySelect'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { useCampaigns } from '../campaigns/campaigns.queries'
import { RequiredCustomFields } from '../custom-fields/RequiredCustomFields'
import { DuplicateEmailWarning } from './DuplicateEmailWarning'
import { useCreateLead, usePipelines } from './leads.queries'
import { OwnerSelect } from '../settings/OwnerSelect'
import { CURRENCY } from '../../ui/format'
import { useUnsavedGuard } from '../../ui/unsavedGuard'
import { OrganizationPersonSelect } from '../parties/OrganizationPersonSelect'
import { PartyCombobox } from '../parties/PartyCombobox'

/** Who a deal made from a person's or organisation's page is for: fixed, not typed. */
export interface DealParty {
  personId: number | null
  organizationId: number | null
  /** "Dana Li · Acme Ltd", shown instead of the person and company fields. */
  label: string
}

const empty = { title: '', personName: '', company: '', email: '', phone: '', sourceCampaignId: '', value: '', owner: '', tags: '', stageId: '', notes: '' }
type Draft = typeof empty

interface LeadCreateDialogProps {
  pipelineId?: number
  stageId?: number
  sourceCampaignId?: number
  /** A deal for someone already in Baton (their page's "New deal"). */
  party?: DealParty
  onClose: () => void
}

/**
 * Create a lead; `stageId` preselects where it lands (the quick-add of a board column), `sourceCampaignId` the campaign it came from
 * (a campaign's page). The person and company fields offer the people and organisations already in Baton as they are typed.
 */
export function LeadCreateDialog({ pipelineId, stageId, sourceCampaignId, party, onClose }: LeadCreateDialogProps) {
  const [draft, setDraft] = useState<Draft>({ ...empty, stageId: stageId ? String(stageId) : '', sourceCampaignId: sourceCampaignId ? String(sourceCampaignId) : '' })
  const [customFields, setCustomFields] = useState<CustomValues>({})
  const [person, setPerson] = useState<PartyMatch | null>(null)
  const [organization, setOrganization] = useState<PartyMatch | null>(null)
  // A deal from an organisation's page ("New deal" in its header) picks who there it is with.
  const [partyPersonId, setPartyPersonId] = useState('')
  const errors = useFormErrors()
  const create = useCreateLead()
  const campaigns = useCampaigns()
  const pipelines = usePipelines()
  const pipeline = pipelines.data?.find((p) => p.id === pipelineId) ?? pipelines.data?.[0]
  // The preselected stage is not typing: only what the person entered counts as unsaved.
  useUnsavedGuard(partyPersonId !== '' || (Object.keys(empty) as Array<keyof Draft>).some((key) => key !== 'stageId' && draft[key] !== empty[key]))
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    const valueMinor = parseMoney(draft.value)
    const input = errors.check(LeadInput, {
      ...draft,
      ...(party
        ? { personId: party.personId ?? (partyPersonId ? Number(partyPersonId) : null), organizationId: party.organizationId, personName: undefined, company: null, email: '', phone: '' }
        : {
            personId: person?.id ?? null,
            personName: person ? undefined : draft.personName,
            organizationId: organization?.id ?? null,
            company: organization ? null : draft.company,
          }),
      sourceCampaignId: draft.sourceCampaignId ? Number(draft.sourceCampaignId) : null,
      valueMinor: valueMinor ?? Number.NaN,
      tags: draft.tags.split(',').map((t) => t.trim()).filter(Boolean),
      pipelineId: pipeline?.id,
      stageId: draft.stageId ? Number(draft.stageId) : undefined,
      customFields,
    })
    if (!input) return
    try {
      await create.mutateAsync(input)
      onClose()
    } catch (error) {
      errors.fromError(error)
    }
  }

  return (
    <Dialog
      title={party ? `New deal for ${party.label}` : 'New lead'}
      open
      onClose={onClose}
      wide
      footer={
        <>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="lead-form" className="button button--primary" disabled={create.isPending}>
            Create lead
          </button>
        </>
      }
    >
      <form id="lead-form" className="form-grid" onSubmit={(event) => void submit(event)} noValidate>
        {errors.form && <p className="form-error" role="alert">{errors.form}</p>}
        {party ? (
          <>
            {party.personId === null && party.organizationId !== null && (
              <Field label="Person" error={errors.fields['personId']} hint={`Who at ${party.label} the deal is with`} wide>
                <OrganizationPersonSelect organizationId={party.organizationId} value={partyPersonId} onChange={(event) => setPartyPersonId(event.target.value)} />
              </Field>
            )}
            <Field label="Deal title" error={errors.fields['title']} hint="Left empty, the deal is called by who it is with" wide>
              <input value={draft.title} onChange={set('title')} placeholder="Renewal 2027" autoFocus />
            </Field>
          </>
        ) : (
          <>
            <Field label="Person" error={errors.fields['personName']} hint={person ? 'Already in Baton: this is a new deal for them' : undefined}>
              <PartyCombobox
                kind="person"
                text={draft.personName}
                onTextChange={(personName) => setDraft((d) => ({ ...d, personName }))}
                picked={person}
                onPick={setPerson}
                placeholder="Dana Li"
                autoFocus
              />
            </Field>
            <Field label="Company" error={errors.fields['company']} hint={organization ? 'Already in Baton' : undefined}>
              <PartyCombobox
                kind="organization"
                text={draft.company}
                onTextChange={(company) => setDraft((d) => ({ ...d, company }))}
                picked={organization}
                onPick={setOrganization}
                placeholder="Northwind Traders"
              />
            </Field>
            <Field label="Email" error={errors.fields['email']}>
              <input type="text" inputMode="email" autoComplete="email" spellCheck={false} value={draft.email} onChange={set('email')} placeholder="dana@northwind.com" />
            </Field>
            {!person && (
              <DuplicateEmailWarning
                email={draft.email}
                onNewDealFor={(match) => {
                  setPerson(match)
                  setDraft((d) => ({ ...d, personName: match.name }))
                }}
              />
            )}
            <Field label="Phone" error={errors.fields['phone']}>
              <input type="tel" value={draft.phone} onChange={set('phone')} />
            </Field>
            <Field label="Deal title" error={errors.fields['title']} hint="Optional: left empty, the deal is called by the person's name">
              <input value={draft.title} onChange={set('title')} />
            </Field>
          </>
        )}
        <Field label="Source campaign" error={errors.fields['sourceCampaignId']} hint="The campaign that brought this lead in">
          <EntitySelect items={campaigns.data} emptyLabel="No campaign" value={draft.sourceCampaignId} onChange={set('sourceCampaignId')} />
        </Field>
        <Field label="Stage" error={errors.fields['stageId']}>
          <select value={draft.stageId} onChange={set('stageId')}>
            <option value="">First stage</option>
            {pipeline?.stages
              .filter((s) => s.kind !== 'lost')
              .map((stage) => (
                <option key={stage.id} value={stage.id}>
                  {stage.name}
                </option>
              ))}
          </select>
        </Field>
        <Field label={`Deal value (${CURRENCY})`} error={errors.fields['valueMinor'] ? (amountProblem(draft.value) ?? errors.fields['valueMinor']) : undefined}>
          <input value={draft.value} onChange={set('value')} inputMode="decimal" placeholder="0" />
        </Field>
        <Field label="Owner" error={errors.fields['owner']}>
          <OwnerSelect value={draft.owner} onChange={set('owner')} />
        </Field>
        <RequiredCustomFields entity="lead" values={customFields} onChange={(key, value) => setCustomFields((c) => ({ ...c, [key]: value }))} errors={errors.fields} />
        <Field label="Tags" error={errors.fields['tags']} hint="Separate tags with commas" wide>
          <input value={draft.tags} onChange={set('tags')} placeholder="enterprise, inbound" />
        </Field>
        <Field label="Notes" error={errors.fields['notes']} wide>
          <textarea rows={3} value={draft.notes} onChange={set('notes')} />
        </Field>
      </form>
    </Dialog>
  )
}
