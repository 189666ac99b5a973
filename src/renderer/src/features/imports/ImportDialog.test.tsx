import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ScriptedPlatform } from '../../../../../test/harness/scriptedPlatform'
import { renderWithWorkspace } from '../../test/render-with-workspace'
import { ImportDialog } from './ImportDialog'

type View = Awaited<ReturnType<typeof renderWithWorkspace>>

let view: View | undefined
afterEach(async () => {
  await view?.cleanup()
  view = undefined
})

async function open(csv: string) {
  const user = userEvent.setup()
  const platform = new ScriptedPlatform()
  view = await renderWithWorkspace(<ImportDialog pipelineId={null} onClose={() => {}} />, { platform })
  const file = join(dirname(view.workspace.context.dataFile), 'sheet.csv')
  writeFileSync(file, csv)
  platform.importFiles.push(file)
  const dialog = await screen.findByRole('dialog', { name: 'Import leads' })
  await user.click(within(dialog).getByRole('button', { name: 'Choose a file…' }))
  await within(dialog).findByText('sheet.csv', {}, { timeout: 10_000 })
  return { user, dialog }
}

describe('the columns step', { timeout: 60_000 }, () => {
  it('guesses the decimal mark again from the columns mapped as amounts, until the person sets it', async () => {
    const { user, dialog } = await open('Name,Price,Fee\nDana Li,"1.234,50","1,234.50"\nBo Chen,"99,90","12.50"\n')
    const decimals = within(dialog).getByRole('combobox', { name: 'Amounts are written like' })
    expect(decimals).toHaveValue('.')
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Save “Price” as' }), 'value')
    expect(decimals).toHaveValue(',')
    // "Fee" takes the value field from "Price", and its amounts have decimal points.
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Save “Fee” as' }), 'value')
    expect(within(dialog).getByRole('combobox', { name: 'Save “Price” as' })).toHaveValue('')
    expect(decimals).toHaveValue('.')
    // Once the person chooses, a new mapping leaves their choice alone.
    await user.selectOptions(decimals, ',')
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Save “Price” as' }), 'value')
    expect(decimals).toHaveValue(',')
  })

  it('finds the column names under a title, and reads the file again from the row the person picks', async () => {
    const { user, dialog } = await open('Leads from the spring fair\n\nName,Email,Company\nDana Li,dana@acme.test,Acme\nBo Chen,bo@beta.test,Beta\n')
    const headerRow = within(dialog).getByRole('combobox', { name: 'Column names on' })
    expect(headerRow).toHaveValue('3')
    expect(within(dialog).getByRole('combobox', { name: 'Save “Email” as' })).toHaveValue('email')
    expect(within(dialog).getByText('3 columns · 1 row above the column names left out')).toBeInTheDocument()
    await user.selectOptions(headerRow, '4')
    await within(dialog).findByRole('combobox', { name: 'Save “dana@acme.test” as' }, { timeout: 10_000 })
    expect(headerRow).toHaveValue('4')
  })
})
