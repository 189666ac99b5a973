import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ScriptedPlatform } from '../../../../../test/harness/scriptedPlatform'
import { renderWithWorkspace } from '../../test/render-with-workspace'
import { ImportDialog } from './ImportDialog'

// The columns step's custom fields: an unmapped column made a new field in one step (on the
// record its name or the file suggests, typed from its values, both changeable), an existing
// custom field offered in the list, the values in the preview, and the fields made by the import.

type View = Awaited<ReturnType<typeof renderWithWorkspace>>

let view: View | undefined
afterEach(async () => {
  await view?.cleanup()
  view = undefined
})

const CSV = [
  'Name,Email,Company,Deal title,Value,Seats,Tier,Person - Account number',
  'Dana Li,dana@acme.test,Acme,Website,1200,12,Gold,A-1',
  'Bo Chen,bo@beta.test,Beta,Hosting,80,40,Silver,B-2',
  'Cy Ray,cy@gamma.test,Gamma,Audit,50,7,Gold,C-3',
  'Di Fox,di@delta.test,Delta,Training,90,3,Silver,D-4',
].join('\n')

describe('custom fields in the columns step', { timeout: 90_000 }, () => {
  it('adds an unmapped column as a new field, offers the firm’s own fields, and previews and imports their values', async () => {
    const user = userEvent.setup()
    const platform = new ScriptedPlatform()
    view = await renderWithWorkspace(<ImportDialog pipelineId={null} onClose={() => {}} />, { platform })
    await view.workspace.dispatch('customFields.create', { entity: 'person', label: 'Account number', type: 'text', options: [], helpText: null, required: false })
    const file = join(dirname(view.workspace.context.dataFile), 'deals.csv')
    writeFileSync(file, CSV)
    platform.importFiles.push(file)
    const dialog = await screen.findByRole('dialog', { name: 'Import leads' })
    await user.click(within(dialog).getByRole('button', { name: 'Choose a file…' }))
    await within(dialog).findByText('deals.csv', {}, { timeout: 10_000 })

    // Seats: the file has deal columns, so the field goes on the deal; its values are numbers.
    await user.click(within(dialog).getByRole('button', { name: 'Add “Seats” as a new field' }))
    const seats = within(dialog).getByRole('group', { name: 'New field from “Seats”' })
    expect(within(seats).getByRole('combobox', { name: 'Record “Seats” belongs to' })).toHaveValue('lead')
    expect(within(seats).getByRole('combobox', { name: 'Type of the new field from “Seats”' })).toHaveValue('number')
    expect(within(seats).getByRole('textbox', { name: 'Name of the new field from “Seats”' })).toHaveValue('Seats')
    expect(within(dialog).getByRole('combobox', { name: 'Save “Seats” as' })).toHaveValue('new-field')

    // Tier: a few values repeated are choices; it belongs on the organisation.
    await user.click(within(dialog).getByRole('button', { name: 'Add “Tier” as a new field' }))
    const tier = within(dialog).getByRole('group', { name: 'New field from “Tier”' })
    expect(within(tier).getByRole('combobox', { name: 'Type of the new field from “Tier”' })).toHaveValue('choice')
    expect(within(tier).getByText('Choices: Gold, Silver')).toBeInTheDocument()
    await user.selectOptions(within(tier).getByRole('combobox', { name: 'Record “Tier” belongs to' }), 'organization')

    // The person's account number is a field the firm has: offered in the list, under the person.
    const account = within(dialog).getByRole<HTMLSelectElement>('combobox', { name: 'Save “Person - Account number” as' })
    const option = within(account).getByRole<HTMLOptionElement>('option', { name: 'Account number' })
    expect(option.parentElement).toHaveAttribute('label', 'Person — your fields')
    await user.selectOptions(account, option)
    expect(within(dialog).queryByRole('button', { name: 'Add “Person - Account number” as a new field' })).not.toBeInTheDocument()

    await user.click(within(dialog).getByRole('button', { name: 'Next' }))
    const preview = await within(dialog).findByRole('region', { name: 'Preview of the first rows' }, { timeout: 20_000 })
    for (const header of ['Seats', 'Tier', 'Account number']) expect(within(preview).getByRole('columnheader', { name: header })).toBeInTheDocument()
    expect(within(preview).getByRole('row', { name: /Dana Li/ })).toHaveTextContent(/12\s*Gold\s*A-1/)
    expect(within(dialog).getByText('New custom fields: Seats, Tier.')).toBeInTheDocument()

    await user.click(within(dialog).getByRole('button', { name: 'Import 4 leads' }))
    await within(dialog).findByText('4 rows read: 4 leads created.', {}, { timeout: 20_000 })
    const fields = await view.workspace.dispatch('customFields.list', {})
    expect(fields).toMatchObject({
      ok: true,
      value: [
        expect.objectContaining({ entity: 'lead', label: 'Seats', type: 'number' }),
        expect.objectContaining({ entity: 'organization', label: 'Tier', type: 'choice', options: ['Gold', 'Silver'] }),
        expect.objectContaining({ entity: 'person', label: 'Account number' }),
      ],
    })
  })

  it('reads a persons export as people and organisations, says so plainly, and imports no deals', async () => {
    const user = userEvent.setup()
    const platform = new ScriptedPlatform()
    view = await renderWithWorkspace(<ImportDialog pipelineId={null} onClose={() => {}} />, { platform })
    const file = join(dirname(view.workspace.context.dataFile), 'persons.csv')
    writeFileSync(
      file,
      [
        'Person - Name,Person - Organization,Person - Email - Work,Person - Birthday',
        'Dana Li,Acme Inc,dana@acme.test,1990-04-02',
        'Bo Chen,Acme Inc,bo@acme.test,1988-11-20',
        'Cy Ray,Beta Ltd,cy@beta.test,',
      ].join('\n'),
    )
    platform.importFiles.push(file)
    await user.click(await screen.findByRole('button', { name: 'Choose a file…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Import people and organisations' }, { timeout: 10_000 })
    expect(within(dialog).getByRole('radio', { name: /People & organisations/ })).toBeChecked()
    expect(within(dialog).getByRole('note')).toHaveTextContent('Each row becomes a person (with their organisation)')
    // The birthday goes on the person, as a date.
    await user.click(within(dialog).getByRole('button', { name: 'Add “Person - Birthday” as a new field' }))
    const birthday = within(dialog).getByRole('group', { name: 'New field from “Person - Birthday”' })
    expect(within(birthday).getByRole('combobox', { name: 'Record “Person - Birthday” belongs to' })).toHaveValue('person')
    expect(within(birthday).getByRole('combobox', { name: 'Type of the new field from “Person - Birthday”' })).toHaveValue('date')
    expect(within(birthday).getByRole('textbox', { name: 'Name of the new field from “Person - Birthday”' })).toHaveValue('Birthday')

    await user.click(within(dialog).getByRole('button', { name: 'Next' }))
    await within(dialog).findByText('3 rows read: 3 new people, 2 new organisations, no deals.', {}, { timeout: 20_000 })
    const preview = within(dialog).getByRole('region', { name: 'Preview of the first rows' })
    expect(within(preview).queryByRole('columnheader', { name: 'Stage' })).not.toBeInTheDocument()
    expect(within(preview).getByRole('row', { name: /Dana Li/ })).toHaveTextContent(/Acme Inc.*1990-04-02/)
    await user.click(within(dialog).getByRole('button', { name: 'Import 3 contacts' }))
    await within(dialog).findByText('3 rows read: 3 people created, 2 organisations created, no deals.', {}, { timeout: 20_000 })
    expect(await view.workspace.dispatch('leads.list', {})).toMatchObject({ ok: true, value: { leads: [], total: 0 } })
    expect(await view.workspace.dispatch('customFields.list', { entity: 'person' })).toMatchObject({ ok: true, value: [expect.objectContaining({ label: 'Birthday', type: 'date' })] })
  })
})
