import { useState, type FormEvent } from 'react'
import { UseServerInput, type ProbeResult } from '@shared/contract/teamServer'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { MoveWorkspaceChoice } from './MoveWorkspaceChoice'
import { ServerCheck } from './ServerCheck'
import { useProbe, useSwitchWorkspace } from './team.queries'

/** Use a PostgreSQL server the firm has: check the server first, then an admin login sets the team up once. */
export function UseServerDialog({ onClose }: { onClose: () => void }) {
  const probe = useProbe()
  const setUp = useSwitchWorkspace('teamServer.useServer')
  const errors = useFormErrors()
  const [moveThisWorkspace, setMove] = useState(true)
  const [form, setForm] = useState({ host: '', port: '5432', adminUser: 'postgres', adminPassword: '', teamName: '', yourName: '' })
  const [found, setFound] = useState<ProbeResult | null>(null)
  const [confirmed, setConfirmed] = useState(false)
  const set = (key: keyof typeof form) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }))
    if (key === 'host' || key === 'port') setFound(null)
  }
  const usable = found !== null && (found.tls === 'public' || (found.tls === 'pinned' && confirmed) || (found.tls === 'none' && found.thisComputer))

  async function check() {
    const input = errors.check(UseServerInput.pick({ host: true, port: true }), form)
    if (!input) return
    try {
      setConfirmed(false)
      setFound(await probe.mutateAsync(input))
    } catch (error) {
      errors.fromError(error)
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!usable) return void check()
    const input = errors.check(UseServerInput, { ...form, email: null, fingerprint: found.tls === 'pinned' ? found.fingerprint : null, moveThisWorkspace })
    if (!input) return
    try {
      await setUp.mutateAsync(input)
      onClose()
    } catch (error) {
      errors.fromError(error)
    }
  }

  return (
    <Dialog
      title="Use your PostgreSQL server"
      open
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <span className="spacer" />
          <button type="submit" form="use-server" className="button button--primary" disabled={probe.isPending || setUp.isPending}>
            {!usable ? (probe.isPending ? 'Checking…' : 'Check the server') : setUp.isPending ? 'Setting up the team…' : 'Set up and open the team'}
          </button>
        </>
      }
    >
      <form id="use-server" className="team-form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="muted field--wide">
          Baton creates the team’s database and a login for each member. The administrator’s login is used for that once and not kept.
        </p>
        <Field label="Server address" error={errors.fields['host']} hint="A host name or IP address.">
          <input value={form.host} onChange={(e) => set('host')(e.target.value)} placeholder="db.lumen.example or 192.168.1.20" autoFocus />
        </Field>
        <Field label="Port" error={errors.fields['port']}>
          <input value={form.port} onChange={(e) => set('port')(e.target.value)} inputMode="numeric" />
        </Field>
        {found && (
          <div className="field--wide">
            <ServerCheck found={found} confirmed={confirmed} onConfirm={setConfirmed} />
          </div>
        )}
        {usable && (
          <>
            <Field label="Administrator login" error={errors.fields['adminUser']}>
              <input value={form.adminUser} onChange={(e) => set('adminUser')(e.target.value)} autoComplete="off" />
            </Field>
            <Field label="Administrator password" error={errors.fields['adminPassword']}>
              <input type="password" value={form.adminPassword} onChange={(e) => set('adminPassword')(e.target.value)} autoComplete="off" />
            </Field>
            <Field label="Team name" error={errors.fields['teamName']} hint="Usually your firm’s name.">
              <input value={form.teamName} onChange={(e) => set('teamName')(e.target.value)} />
            </Field>
            <Field label="Your name" error={errors.fields['yourName']} hint="You are the team’s first owner.">
              <input value={form.yourName} onChange={(e) => set('yourName')(e.target.value)} />
            </Field>
            <MoveWorkspaceChoice checked={moveThisWorkspace} onChange={setMove} />
          </>
        )}
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
      </form>
    </Dialog>
  )
}
