import { useState, type FormEvent } from 'react'
import { teamServerContract, TEAM_ROLES, type TeamRole } from '@shared/contract/teamServer'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { InvitationIssued } from './InvitationIssued'
import { ROLE_LABELS } from './roles'
import { useMemberWrite } from './team.queries'

/** Invite someone: their name and role; then their password (shown once) and the invitation to save. */
export function InviteDialog({ teamName, onClose }: { teamName: string; onClose: () => void }) {
  const invite = useMemberWrite('teamServer.invite')
  const errors = useFormErrors()
  const [form, setForm] = useState<{ name: string; email: string; role: TeamRole }>({ name: '', email: '', role: 'member' })

  async function submit(event: FormEvent) {
    event.preventDefault()
    const input = errors.check(teamServerContract['teamServer.invite'].input, { ...form, email: form.email || null })
    if (!input) return
    try {
      await invite.mutateAsync(input)
    } catch (error) {
      errors.fromError(error)
    }
  }

  const issued = invite.data
  return (
    <Dialog
      title={issued ? `Invitation for ${issued.member.name}` : `Invite someone to ${teamName}`}
      open
      wide
      onClose={onClose}
      footer={
        issued ? (
          <>
            <span className="spacer" />
            <button type="button" className="button" onClick={onClose}>
              Done
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <span className="spacer" />
            <button type="submit" form="invite-member" className="button button--primary" disabled={invite.isPending}>
              {invite.isPending ? 'Making their login…' : 'Make an invitation'}
            </button>
          </>
        )
      }
    >
      {issued ? (
        <InvitationIssued issued={issued} />
      ) : (
        <form id="invite-member" className="team-form" onSubmit={(event) => void submit(event)} noValidate>
          <Field label="Name" error={errors.fields['name']} hint="As the team knows them: leads they own show this name.">
            <input value={form.name} onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))} placeholder="Mo Haddad" autoFocus />
          </Field>
          <Field label="Email (optional)" error={errors.fields['email']}>
            <input type="email" value={form.email} onChange={(e) => setForm((f) => ({ ...f, email: e.target.value }))} placeholder="mo@lumen.example" />
          </Field>
          <fieldset className="team-choice field--wide">
            <legend>Role</legend>
            {TEAM_ROLES.map((role) => (
              <label key={role} className="team-choice__option">
                <input type="radio" name="role" checked={form.role === role} onChange={() => setForm((f) => ({ ...f, role }))} />
                <span>
                  <strong>{ROLE_LABELS[role].name}</strong> <span className="muted">— {ROLE_LABELS[role].does}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {errors.form && (
            <p className="form-error" role="alert">
              {errors.form}
            </p>
          )}
        </form>
      )}
    </Dialog>
  )
}
