import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { MetricSnapshot } from '@shared/domain/campaignSnapshots'
import { useRoute } from '../../app/router'
import { renderWithWorkspace } from '../../test/render-with-workspace'
import { CampaignPage } from './CampaignPage'

// The page mounts once the test has made its campaign, as it does when a list row is opened.
function Routed() {
  const { path } = useRoute()
  const match = /^\/campaigns\/(\d+)$/.exec(path)
  return match ? <CampaignPage id={Number(match[1])} /> : null
}

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
  window.location.hash = ''
})

async function openCampaign(fields: Record<string, unknown> = {}) {
  const view = await renderWithWorkspace(<Routed />)
  cleanup = view.cleanup
  const created = await view.workspace.dispatch('campaigns.create', { name: 'Spring webinar', channel: 'video', budgetMinor: 100_000, ...fields })
  if (!created.ok) throw new Error(created.error.message)
  const id = (created.value as { id: number }).id
  act(() => {
    window.location.hash = `#/campaigns/${id}`
  })
  await screen.findByRole('heading', { level: 1, name: 'Spring webinar' })
  return { ...view, id }
}

describe('CampaignPage', () => {
  it('edits the details in place, with the message beside the field', async () => {
    const user = userEvent.setup()
    await openCampaign()
    await user.click(screen.getByRole('button', { name: 'Edit details' }))
    const form = screen.getByRole('form', { name: 'Edit details' })
    await user.clear(within(form).getByLabelText('Name'))
    await user.click(within(form).getByRole('button', { name: 'Save details' }))
    expect(within(form).getByText('Give the campaign a name')).toBeInTheDocument()

    await user.type(within(form).getByLabelText('Name'), 'Autumn webinar')
    await user.type(within(form).getByLabelText('Objective'), 'Book 20 demos')
    await user.click(within(form).getByRole('button', { name: 'Save details' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Autumn webinar' })).toBeInTheDocument()
    expect(screen.queryByRole('form', { name: 'Edit details' })).not.toBeInTheDocument()
    expect(screen.getAllByText('Book 20 demos').length).toBeGreaterThan(0)
  })

  it('keeps a spend ledger with a running total and warns when it passes the budget', async () => {
    const user = userEvent.setup()
    await openCampaign()
    expect(await screen.findByText(/No spend recorded yet/)).toBeInTheDocument()
    const form = screen.getByRole('form', { name: 'Add spend' })
    await user.clear(within(form).getByLabelText('Date'))
    await user.type(within(form).getByLabelText('Date'), '2026-03-02')
    await user.click(within(form).getByRole('button', { name: 'Add spend' }))
    expect(within(form).getByText('Enter an amount above zero')).toBeInTheDocument()

    await user.type(within(form).getByLabelText('Amount (USD)'), '700')
    await user.click(within(form).getByRole('button', { name: 'Add spend' }))
    await within(await screen.findByRole('table', { name: 'Spend entries' })).findAllByRole('cell', { name: '$700' })
    await user.type(within(form).getByLabelText('Amount (USD)'), '550.50')
    await user.type(within(form).getByLabelText('Note'), 'Sponsored post')
    await user.click(within(form).getByRole('button', { name: 'Add spend' }))

    const table = await screen.findByRole('table', { name: 'Spend entries' })
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3))
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/Sponsored post\s*\$550\.50\s*\$1,250\.50/)
    expect(screen.getByText(/Over budget by \$250\.50/)).toBeInTheDocument()

    await user.click(within(table).getByRole('button', { name: 'Edit $550.50 on Mar 2, 2026' }))
    const edit = screen.getByRole('form', { name: 'Edit spend entry' })
    await user.clear(within(edit).getByLabelText('Amount (USD)'))
    await user.type(within(edit).getByLabelText('Amount (USD)'), '100')
    await user.click(within(edit).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByText(/Over budget/)).not.toBeInTheDocument())
    expect(screen.getByText('$800', { selector: '.budget__figures strong' })).toBeInTheDocument()
  })

  it('previews a paste, says which rows it leaves out and why, and updates a day already saved', async () => {
    const user = userEvent.setup()
    const { workspace, id } = await openCampaign()
    const day = screen.getByRole('form', { name: 'Add a day' })
    await user.clear(within(day).getByLabelText('Day'))
    await user.type(within(day).getByLabelText('Day'), '2026-03-02')
    for (const [label, value] of [['Impressions', '900'], ['Clicks', '10'], ['Visits', '5']] as const) await user.type(within(day).getByLabelText(label), value)
    await user.click(within(day).getByRole('button', { name: 'Add day' }))
    await screen.findByRole('table', { name: 'Figures by day' })
    await user.click(screen.getByRole('button', { name: 'Paste from a spreadsheet…' }))
    const dialog = screen.getByRole('dialog', { name: 'Paste metrics' })
    const paste = within(dialog).getByLabelText(/paste them here/)
    await user.click(paste)
    await user.paste('Date,Impressions,Clicks\n2026-03-02,"1,000",12\n2026-03-03,800,lots\n2026-03-04,700,7')

    expect(within(dialog).getByRole('list', { name: 'Rows left out' })).toHaveTextContent('Row 3, Clicks: “lots” isn\'t a whole number.')
    const preview = within(dialog).getByRole('table', { name: 'Preview' })
    const rows = within(preview).getAllByRole('row')
    expect(rows).toHaveLength(3)
    expect(rows[1]).toHaveTextContent(/Mar 2, 2026\s*1,000 was 900\s*12 was 10\s*Update saved day/)
    expect(rows[2]).toHaveTextContent(/Mar 4, 2026\s*700\s*7\s*Add/)
    expect(within(dialog).getByText(/2 days to save, 1 of them already saved \(they will be updated\)\. 1 row with problems will be left out\./)).toBeInTheDocument()

    await user.click(within(dialog).getByRole('button', { name: 'Save 2 days' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Paste metrics' })).not.toBeInTheDocument())
    const saved = await workspace.dispatch('campaignSnapshots.list', { campaignId: id })
    const days = saved.ok ? (saved.value as MetricSnapshot[]) : []
    expect(days.map((s) => [s.measuredOn, s.impressions, s.clicks, s.visits])).toEqual([
      ['2026-03-04', 700, 7, 0],
      ['2026-03-02', 1000, 12, 5],
    ])
  })

  it('says so when the campaign is gone', async () => {
    const view = await renderWithWorkspace(<Routed />)
    cleanup = view.cleanup
    act(() => {
      window.location.hash = '#/campaigns/999'
    })
    expect(await screen.findByRole('heading', { name: 'This campaign no longer exists' })).toBeInTheDocument()
  })
})
