import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { openWorkspace } from './parties.testing'

// Nobody overwrites anybody silently (issue 19), on a person's page: the in-place edit and a
// custom field are saved based on the version shown, and the real dispatcher refuses them once
// someone else has saved the person (here a second write through the dispatcher, as a teammate's
// app would make it). What was typed stays, the teammate's values show, one click applies it again.

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
  window.location.hash = ''
})

describe("a person's page when someone saved the person first", () => {
  it('refuses the details edit saying what changed, keeps what was typed beside the new values, and applies it in one click', async () => {
    const user = userEvent.setup()
    const view = await openWorkspace()
    cleanup = view.cleanup
    const lead = await view.call('leads.create', { personName: 'Dana Li' })
    const person = await view.call('people.get', { id: lead.personId! })
    view.show(`/people/${person.id}`)
    await screen.findByRole('heading', { level: 1, name: 'Dana Li' })

    await user.click(screen.getByRole('button', { name: 'Edit details' }))
    const form = screen.getByRole('form', { name: 'Edit details' })
    await user.type(within(form).getByLabelText('Job title'), 'Dentist')
    // A teammate saves the person meanwhile.
    await view.call('people.update', { id: person.id, fields: { notes: 'Met at the dental fair' }, basedOnVersion: person.version })
    await user.click(within(form).getByRole('button', { name: 'Save details' }))

    const refusal = await within(form).findByRole('alert', { name: 'Not saved — someone saved this first' })
    expect(refusal).toHaveTextContent('Not saved — someone saved this first')
    expect(refusal).toHaveTextContent(/The notes of this person changed (just now|\d+ seconds ago)\. Your changes are not saved yet: they are still in the form\./)
    expect(within(form).getByLabelText('Job title')).toHaveValue('Dentist')
    // The teammate's notes show in the field nobody touched here.
    await waitFor(() => expect(within(form).getByLabelText('Notes')).toHaveValue('Met at the dental fair'))
    expect(await view.call('people.get', { id: person.id })).toMatchObject({ jobTitle: null, notes: 'Met at the dental fair' })

    await user.click(within(refusal).getByRole('button', { name: 'Apply my changes again' }))
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit details' })).not.toBeInTheDocument())
    expect(await view.call('people.get', { id: person.id })).toMatchObject({ jobTitle: 'Dentist', notes: 'Met at the dental fair', version: person.version + 2 })
  })

  it('refuses a custom field saved after a bulk change, naming it, and discarding shows the saved value', async () => {
    const user = userEvent.setup()
    const view = await openWorkspace()
    cleanup = view.cleanup
    await view.call('customFields.create', { entity: 'person', label: 'Licence number', type: 'text' })
    const lead = await view.call('leads.create', { personName: 'Dana Li' })
    const person = await view.call('people.get', { id: lead.personId! })
    view.show(`/people/${person.id}`)
    const licence = await screen.findByLabelText('Licence number')
    await view.call('people.bulk', { personIds: [person.id], action: { type: 'setOwner', owner: 'Sam Ortiz' } })

    await user.type(licence, 'DL-2231')
    await user.tab()
    const refusal = await screen.findByRole('alert', { name: 'Not saved — someone saved this first' })
    expect(refusal).toHaveTextContent(/You gave 1 person to Sam Ortiz (just now|\d+ seconds ago)\./)
    expect(screen.getByText('Not saved yet: someone saved this record first (see above).')).toBeInTheDocument()

    await user.click(within(refusal).getByRole('button', { name: 'Discard mine' }))
    await waitFor(() => expect(screen.getByLabelText('Licence number')).toHaveValue(''))
    expect(screen.queryByRole('alert', { name: 'Not saved — someone saved this first' })).not.toBeInTheDocument()
    expect((await view.call('people.get', { id: person.id })).customFields).toEqual({})
  })
})
