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

const CSV = ['Name,Email,Campaign,Stage,Owner', 'Ana Ruiz,ana@sol.test,Linkedin-Ads,Demo booked,Ann Owner', 'Ben Ode,ben@ode.test,Trade fair,,Ann Owner', 'Cy Ray,cy@ray.test,Trade fair,,'].join('\n')

describe('the unknown-values step', { timeout: 60_000 }, () => {
  it('lists what Baton doesn’t have with a suggestion each, and the preview shows where the leads land', async () => {
    const user = userEvent.setup()
    const platform = new ScriptedPlatform()
    view = await renderWithWorkspace(<ImportDialog pipelineId={null} onClose={() => {}} />, { platform })
    await view.workspace.dispatch('campaigns.create', { name: 'LinkedIn ads', channel: 'social_ads' })
    const file = join(dirname(view.workspace.context.dataFile), 'leads.csv')
    writeFileSync(file, CSV)
    platform.importFiles.push(file)

    const dialog = await screen.findByRole('dialog', { name: 'Import leads' })
    await user.click(within(dialog).getByRole('button', { name: 'Choose a file…' }))
    await within(dialog).findByText('leads.csv', {}, { timeout: 10_000 })
    expect(within(dialog).getByRole('radio', { name: /Leads/ })).toBeChecked()
    await user.click(within(dialog).getByRole('button', { name: 'Next' }))

    const campaigns = await within(dialog).findByRole('region', { name: 'Campaigns Baton doesn’t have' }, { timeout: 10_000 })
    const linkedin = within(campaigns).getByRole('combobox', { name: 'What to do with “Linkedin-Ads”' })
    expect((linkedin as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Use “LinkedIn ads”')
    const fair = within(campaigns).getByRole('combobox', { name: 'What to do with “Trade fair”' })
    expect((fair as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Create it')
    expect(within(campaigns).getByRole('row', { name: /Trade fair 2/ })).toBeInTheDocument()
    const stages = within(dialog).getByRole('region', { name: 'Stages Baton doesn’t have' })
    // A demo comes after qualifying and the pipeline has no demo stage: Qualified is offered, never "reject".
    const demo = within(stages).getByRole<HTMLSelectElement>('combobox', { name: 'What to do with “Demo booked”' })
    expect(demo.selectedOptions[0]?.textContent).toBe('Use “Qualified”')
    expect(within(dialog).getByRole('region', { name: 'Owners Baton doesn’t have' })).toBeInTheDocument()

    await user.selectOptions(within(stages).getByRole('combobox', { name: 'What to do with “Demo booked”' }), 'create')
    await user.selectOptions(fair, 'empty')
    await user.click(within(dialog).getByRole('button', { name: 'Preview' }))

    const preview = await within(dialog).findByRole('region', { name: 'Preview of the first rows' }, { timeout: 20_000 })
    expect(within(preview).getByRole('row', { name: /Ana Ruiz/ })).toHaveTextContent(/Demo booked.*LinkedIn ads/)
    expect(within(preview).getByRole('row', { name: /Ben Ode/ })).toHaveTextContent(/New—/)
    expect(within(dialog).getByText('3 rows read: 3 new leads.')).toBeInTheDocument()
  })

  it('reads a campaigns file as campaigns: mapped, previewed and imported', async () => {
    const user = userEvent.setup()
    const platform = new ScriptedPlatform()
    view = await renderWithWorkspace(<ImportDialog pipelineId={null} onClose={() => {}} />, { platform })
    const file = join(dirname(view.workspace.context.dataFile), 'campaigns.csv')
    writeFileSync(file, 'Campaign name,Channel,Budget,Start date,End date,Status\nSpring launch,Facebook Ads,500,2026-03-01,2026-04-30,Active\n')
    platform.importFiles.push(file)
    await user.click(await screen.findByRole('button', { name: 'Choose a file…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Import campaigns' }, { timeout: 10_000 })
    expect(within(dialog).getByRole('radio', { name: /Campaigns/ })).toBeChecked()
    expect(within(dialog).getByRole('combobox', { name: 'Save “Channel” as' })).toHaveValue('channel')
    await user.click(within(dialog).getByRole('button', { name: 'Preview' }))
    const preview = await within(dialog).findByRole('region', { name: 'Preview of the first rows' }, { timeout: 20_000 })
    expect(within(preview).getByRole('row', { name: /Spring launch/ })).toHaveTextContent(/Social ads.*Active/)
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 campaign' }))
    await within(dialog).findByText('1 row read: 1 campaign created.', {}, { timeout: 20_000 })
    expect(await view.workspace.dispatch('campaigns.list', {})).toMatchObject({ ok: true, value: [expect.objectContaining({ name: 'Spring launch', channel: 'social_ads' })] })
  })
})
