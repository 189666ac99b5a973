import { useState, type FormEvent } from 'react'
import { HostInput } from '@shared/contract/teamServer'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { MoveWorkspaceChoice } from './MoveWorkspaceChoice'
import { useNetworkAddresses, useSwitchWorkspace } from './team.queries'

/** Host it on this computer: the team's name, the first owner (you), and who may connect. */
export function HostTeamDialog({ onClose }: { onClose: () => void }) {
  const addresses = useNetworkAddresses(true)
  const host = useSwitchWorkspace('teamServer.host')
  const errors = useFormErrors()
  const [moveThisWorkspace, setMove] = useState(true)
  const [form, setForm] = useState({ teamName: '', yourName: '', email: '', reach: 'office', listen: '0.0.0.0', port: '5433' })
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    const { teamName, yourName, email, port } = form
    const input = errors.check(HostInput, { teamName, yourName, email: email || null, port, listen: form.reach === 'here' ? '127.0.0.1' : form.listen, moveThisWorkspace })
    if (!input) return
    try {
      await host.mutateAsync(input)
      onClose()
    } catch (error) {
      errors.fromError(error)
    }
  }

  return (
    <Dialog
      title="Host the team on this computer"
      open
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <span className="spacer" />
          <button type="submit" form="host-team" className="button button--primary" disabled={host.isPending}>
            {host.isPending ? 'Setting up the server…' : 'Set up and open the team'}
          </button>
        </>
      }
    >
      <form id="host-team" className="team-form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="muted field--wide">
          Baton starts a PostgreSQL server with its data in Baton’s folder. Connections are encrypted with a certificate Baton makes; members check its fingerprint when they
          join. The server runs while Baton is open on this computer.
        </p>
        <Field label="Team name" error={errors.fields['teamName']} hint="Usually your firm’s name.">
          <input value={form.teamName} onChange={(e) => set('teamName')(e.target.value)} placeholder="Lumen & Co" autoFocus />
        </Field>
        <Field label="Your name" error={errors.fields['yourName']} hint="You are the team’s first owner.">
          <input value={form.yourName} onChange={(e) => set('yourName')(e.target.value)} placeholder="Olivia Grant" />
        </Field>
        <fieldset className="team-choice field--wide">
          <legend>Who may connect</legend>
          <label className="team-choice__option">
            <input type="radio" name="reach" checked={form.reach === 'office'} onChange={() => set('reach')('office')} />
            <span>
              <strong>The office network</strong> <span className="muted">— colleagues’ computers reach this one</span>
            </span>
          </label>
          <label className="team-choice__option">
            <input type="radio" name="reach" checked={form.reach === 'here'} onChange={() => set('reach')('here')} />
            <span>
              <strong>This computer only</strong> <span className="muted">— to try it out, or for a team that shares this computer</span>
            </span>
          </label>
        </fieldset>
        {form.reach === 'office' && (
          <Field label="Listen on" error={errors.fields['listen']} hint="All networks, or one network adapter of this computer.">
            <select value={form.listen} onChange={(e) => set('listen')(e.target.value)}>
              <option value="0.0.0.0">Every network of this computer</option>
              {addresses.data?.map((a) => (
                <option key={a.address} value={a.address}>
                  {a.address} ({a.adapter})
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label="Port" error={errors.fields['port']} hint="5433 unless something else uses it.">
          <input value={form.port} onChange={(e) => set('port')(e.target.value)} inputMode="numeric" />
        </Field>
        <MoveWorkspaceChoice checked={moveThisWorkspace} onChange={setMove} />
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
      </form>
    </Dialog>
  )
}
