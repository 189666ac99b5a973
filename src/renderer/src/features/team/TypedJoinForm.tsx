import { useState, type FormEvent } from 'react'
import { TypedJoinInput } from '@shared/contract/teamServer'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import type { useSwitchWorkspace } from './team.queries'

/** The invitation's details typed by hand; the fingerprint is what the owner read out. */
export function TypedJoinForm({ join, onJoined }: { join: ReturnType<typeof useSwitchWorkspace<'teamServer.join'>>; onJoined: () => void }) {
  const errors = useFormErrors()
  const [form, setForm] = useState({ host: '', port: '5433', database: '', login: '', password: '', fingerprint: '' })
  const field = (key: keyof typeof form) => ({ value: form[key], onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value })) })

  async function submit(event: FormEvent) {
    event.preventDefault()
    const input = errors.check(TypedJoinInput, { source: 'typed', ...form, fingerprint: form.fingerprint.trim() || null })
    if (!input) return
    try {
      await join.mutateAsync(input)
      onJoined()
    } catch (error) {
      errors.fromError(error)
    }
  }

  return (
    <form id="typed-join" className="team-form" onSubmit={(event) => void submit(event)} noValidate>
      <Field label="Server address" error={errors.fields['host']}>
        <input {...field('host')} placeholder="192.168.1.20" autoFocus />
      </Field>
      <Field label="Port" error={errors.fields['port']}>
        <input {...field('port')} inputMode="numeric" />
      </Field>
      <Field label="Database" error={errors.fields['database']}>
        <input {...field('database')} placeholder="baton_lumen_co" />
      </Field>
      <Field label="Your login" error={errors.fields['login']}>
        <input {...field('login')} autoComplete="off" />
      </Field>
      <Field label="Your password" error={errors.fields['password']}>
        <input type="password" {...field('password')} autoComplete="off" />
      </Field>
      <Field label="Server fingerprint (SHA-256)" error={errors.fields['fingerprint']} hint="Leave empty only for a server a public authority vouches for." wide>
        <input {...field('fingerprint')} placeholder="AB:CD:…" autoComplete="off" spellCheck={false} />
      </Field>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
    </form>
  )
}
