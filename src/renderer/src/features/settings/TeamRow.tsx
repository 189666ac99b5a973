import { useState, type FormEvent } from 'react'
import { teamContract, type TeamMember } from '@shared/contract/team'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { useRenameMember, useSetMemberArchived } from './team.queries'

const leadsLabel = (n: number) => `${n} ${new Intl.PluralRules('en').select(n) === 'one' ? 'lead' : 'leads'}`

export function TeamRow({ member }: { member: TeamMember }) {
  const [editing, setEditing] = useState(false)
  const [name, setName] = useState(member.name)
  const errors = useFormErrors()
  const rename = useRenameMember()
  const archive = useSetMemberArchived()

  async function save(event: FormEvent) {
    event.preventDefault()
    const input = errors.check(teamContract['team.rename'].input, { id: member.id, name })
    if (!input) return
    try {
      await rename.mutateAsync(input)
      setEditing(false)
    } catch (error) {
      errors.fromError(error)
    }
  }

  function cancel() {
    setEditing(false)
    setName(member.name)
    errors.clear()
  }

  return (
    <tr className={member.archived ? 'team-table__row--archived' : undefined}>
      <td>
        {editing ? (
          <form className="lost-reasons__edit" onSubmit={(event) => void save(event)} noValidate>
            <Field label={`New name for ${member.name}`} error={errors.fields['name'] ?? errors.form ?? undefined}>
              <input value={name} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && cancel()} autoFocus />
            </Field>
            <button type="submit" className="button button--small button--primary" disabled={rename.isPending}>
              Save
            </button>
            <button type="button" className="button button--small" onClick={cancel}>
              Cancel
            </button>
          </form>
        ) : (
          <>
            {member.name}
            {member.archived && <span className="muted"> · archived</span>}
          </>
        )}
      </td>
      <td className="numeric">{leadsLabel(member.leadCount)}</td>
      <td className="team-table__actions">
        {!editing && (
          <>
            <button type="button" className="button button--small" onClick={() => setEditing(true)} aria-label={`Rename ${member.name}`}>
              Rename
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={archive.isPending}
              onClick={() => archive.mutate({ id: member.id, archived: !member.archived })}
              aria-label={`${member.archived ? 'Restore' : 'Archive'} ${member.name}`}
            >
              {member.archived ? 'Restore' : 'Archive'}
            </button>
          </>
        )}
      </td>
    </tr>
  )
}
