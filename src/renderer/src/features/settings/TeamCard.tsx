import { useState, type FormEvent } from 'react'
import { teamContract } from '@shared/contract/team'
import { Field } from '../../ui/Field'
import { QueryError } from '../../ui/QueryError'
import { useFormErrors } from '../../ui/useFormErrors'
import { useAddMember, useTeam } from './team.queries'
import { TeamRow } from './TeamRow'

/** The people who own leads. The owner field offers them; renaming one renames every lead they own. */
export function TeamCard() {
  const team = useTeam()
  const add = useAddMember()
  const [name, setName] = useState('')
  const errors = useFormErrors()

  async function submit(event: FormEvent) {
    event.preventDefault()
    const input = errors.check(teamContract['team.add'].input, { name, email: null })
    if (!input) return
    try {
      await add.mutateAsync(input)
      setName('')
    } catch (error) {
      errors.fromError(error)
    }
  }

  return (
    <section className="card settings-card" aria-labelledby="team-title">
      <h2 id="team-title">Team</h2>
      <p className="muted">Everyone who follows up leads. Archived people keep their leads but are no longer offered as an owner.</p>
      {team.error ? (
        <QueryError error={team.error} onRetry={() => void team.refetch()} />
      ) : team.data?.length === 0 ? (
        <p className="muted">No one yet. Add yourself and the people who sell with you, so each lead can have an owner.</p>
      ) : (
        <table className="data-table team-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col" className="numeric">
                Leads
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>{team.data?.map((member) => <TeamRow key={member.id} member={member} />)}</tbody>
        </table>
      )}
      <form className="lost-reasons__add" onSubmit={(event) => void submit(event)} noValidate>
        <Field label="Add a person" error={errors.fields['name'] ?? errors.form ?? undefined}>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Sam Ortiz" />
        </Field>
        <button type="submit" className="button" disabled={add.isPending}>
          Add to team
        </button>
      </form>
    </section>
  )
}
