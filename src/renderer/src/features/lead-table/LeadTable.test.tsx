import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { InputOf, Method, ResultOf } from '@shared/contract'
import { inProcessBridge } from '../../../../../test/harness/in-process-bridge'
import { ApiProvider } from '../../api/ApiProvider'
import { createClient } from '../../api/client'
import { renderWithWorkspace } from '../../test/render-with-workspace'
import { LeadTable, type LeadTableProps } from './LeadTable'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

type Workspace = Awaited<ReturnType<typeof renderWithWorkspace>>['workspace']

async function call<M extends Method>(workspace: Workspace, method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const result = await workspace.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.value as ResultOf<M>
}

const seed = (workspace: Workspace, leads: Array<InputOf<'leads.create'>>) =>
  leads.reduce<Promise<unknown>>((done, lead) => done.then(() => call(workspace, 'leads.create', lead)), Promise.resolve())

/**
 * Opens a workspace, seeds it, then shows the table: seeding first means the first fetch
 * already sees the leads. (rerender replaces the whole tree, so it brings its own provider.)
 */
async function open(leads: Array<InputOf<'leads.create'>>, props: Partial<LeadTableProps> = {}) {
  const view = await renderWithWorkspace(<div />)
  cleanup = () => view.cleanup()
  await seed(view.workspace, leads)
  const client = createClient(inProcessBridge(view.workspace.dispatch))
  const show = (more: Partial<LeadTableProps> = {}) =>
    view.rerender(
      <ApiProvider client={client}>
        <LeadTable pipelineId={1} filters={{}} onOpenLead={vi.fn()} {...props} {...more} />
      </ApiProvider>,
    )
  show()
  return { ...view, show }
}

/** The person names of the rendered rows, top to bottom. */
const names = () =>
  within(screen.getByRole('table', { name: 'Leads' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('aria-label'))

describe('LeadTable', () => {
  it('sorts by value on the server, across pages it has not loaded yet', async () => {
    const user = userEvent.setup()
    // The richest lead is created first, so newest-first puts it on the second page.
    await open([
      { personName: 'Rich Oldest', valueMinor: 9_000_000 },
      ...Array.from({ length: 130 }, (_, i) => ({ personName: `Lead ${i}`, valueMinor: 1000 + i })),
      { personName: 'Cheap Newest', valueMinor: 5 },
    ])

    expect(await screen.findByText('132 leads · 100 loaded')).toBeInTheDocument()
    expect(names()[0]).toBe('Cheap Newest')
    // Only the rows in view are in the document, not all 100 loaded.
    expect(names().length).toBeLessThan(60)

    await user.click(screen.getByRole('button', { name: /^Value/ }))
    await waitFor(() => expect(names()[0]).toBe('Rich Oldest'))
    expect(screen.getByRole('columnheader', { name: /Value/ })).toHaveAttribute('aria-sort', 'descending')

    await user.click(screen.getByRole('button', { name: /^Value/ }))
    await waitFor(() => expect(names()[0]).toBe('Cheap Newest'))
    expect(names()[1]).toBe('Lead 0')
    // 132 leads go in through the real handlers, one committed (fsynced) transaction each: on a
    // busy two-core machine that alone can take longer than vitest's default five seconds.
  }, 30_000)

  it('keeps its sort after the table is opened again', async () => {
    const user = userEvent.setup()
    const view = await open([
      { personName: 'Small', valueMinor: 100 },
      { personName: 'Big', valueMinor: 90_000 },
    ])
    await screen.findByRole('row', { name: 'Small' })
    await user.click(screen.getByRole('button', { name: /^Value/ }))
    await waitFor(() => expect(names()).toEqual(['Big', 'Small']))
    await waitFor(async () => expect(await call(view.workspace, 'uiState.get', { key: 'leadTable.sort' })).toEqual({ id: 'value', desc: true }))

    // A new mount with a new client and an empty cache: the sort can only come from the workspace.
    view.unmount()
    const second = render(
      <ApiProvider client={createClient(inProcessBridge(view.workspace.dispatch))}>
        <LeadTable pipelineId={1} filters={{}} onOpenLead={vi.fn()} />
      </ApiProvider>,
    )
    await screen.findByRole('row', { name: 'Big' })
    expect(names()).toEqual(['Big', 'Small'])
    expect(screen.getByRole('columnheader', { name: /Value/ })).toHaveAttribute('aria-sort', 'descending')
    second.unmount()
  })

  it('keeps hidden columns hidden after the table is opened again', async () => {
    const user = userEvent.setup()
    const view = await open([{ personName: 'Dana Li', company: 'Acme' }])
    const table = await screen.findByRole('table', { name: 'Leads' })
    expect(within(table).getByRole('columnheader', { name: 'Company' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Columns' }))
    await user.click(within(screen.getByRole('group', { name: 'Columns' })).getByRole('checkbox', { name: 'Company' }))
    expect(within(table).queryByRole('columnheader', { name: 'Company' })).not.toBeInTheDocument()
    await waitFor(async () => expect(await call(view.workspace, 'uiState.get', { key: 'leadTable.columns' })).toMatchObject({ hidden: ['company'] }))

    // A new mount with a new client and an empty cache: the layout can only come from the workspace.
    view.unmount()
    const second = render(
      <ApiProvider client={createClient(inProcessBridge(view.workspace.dispatch))}>
        <LeadTable pipelineId={1} filters={{}} onOpenLead={vi.fn()} />
      </ApiProvider>,
    )
    const again = await screen.findByRole('table', { name: 'Leads' })
    await within(again).findByRole('row', { name: 'Dana Li' })
    expect(within(again).queryByRole('columnheader', { name: 'Company' })).not.toBeInTheDocument()
    expect(within(again).getByRole('columnheader', { name: 'Person' })).toBeInTheDocument()
    second.unmount()
  })

  it('moves a column with the keyboard-reachable arrows, keeping Person first (it sticks to the left edge)', async () => {
    const user = userEvent.setup()
    await open([{ personName: 'Dana Li' }])
    await screen.findByRole('row', { name: 'Dana Li' })
    await user.click(screen.getByRole('button', { name: 'Columns' }))
    await user.click(screen.getByRole('button', { name: 'Move Email up' }))
    const headers = () => within(screen.getByRole('table', { name: 'Leads' })).getAllByRole('columnheader').map((th) => th.textContent)
    expect(headers().slice(1, 4)).toEqual(['Person', 'Email', 'Company'])
    expect(screen.getByRole('button', { name: 'Move Email up' })).toHaveAttribute('aria-disabled', 'true')
    await user.click(screen.getByRole('button', { name: 'Move Email up' }))
    await user.click(screen.getByRole('button', { name: 'Move Person down' }))
    expect(headers().slice(1, 4)).toEqual(['Person', 'Email', 'Company'])
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('group', { name: 'Columns' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Columns' })).toHaveFocus()
  })

  it('sets the owner of the selected leads', async () => {
    const user = userEvent.setup()
    const view = await open([{ personName: 'Ann' }, { personName: 'Ben' }, { personName: 'Cy' }])
    await user.click(await screen.findByRole('checkbox', { name: 'Select Ann' }))
    await user.click(screen.getByRole('checkbox', { name: 'Select Cy' }))
    const bar = screen.getByRole('region', { name: 'Bulk actions' })
    expect(bar).toHaveTextContent('2 leads selected')

    await user.click(within(bar).getByRole('button', { name: 'Set owner' }))
    const dialog = screen.getByRole('dialog', { name: 'Set the owner of 2 leads' })
    await user.type(within(dialog).getByLabelText('Owner'), 'Dana')
    await user.click(within(dialog).getByRole('button', { name: 'Set owner' }))

    expect(await screen.findByText('Dana now owns 2 leads.')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('row', { name: 'Ann' })).toHaveTextContent('Dana'))
    expect(screen.getByRole('row', { name: 'Ben' })).not.toHaveTextContent('Dana')
    const owners = (await call(view.workspace, 'leads.list', {})).leads.map((l) => [l.personName, l.owner])
    expect(Object.fromEntries(owners)).toEqual({ Ann: 'Dana', Ben: null, Cy: 'Dana' })
  })

  it('deletes the selected leads and brings them back with Undo', async () => {
    const user = userEvent.setup()
    const view = await open([{ personName: 'Ann' }, { personName: 'Ben' }, { personName: 'Cy' }])
    await screen.findByRole('row', { name: 'Ann' })

    await user.click(screen.getByRole('checkbox', { name: 'Select all loaded leads' }))
    await user.click(within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('button', { name: 'Delete' }))
    expect(await screen.findByText('3 leads deleted')).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: 'No leads in this pipeline yet' })).toBeInTheDocument()
    expect((await call(view.workspace, 'leads.list', {})).total).toBe(0)

    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(await screen.findByRole('row', { name: 'Ben' })).toBeInTheDocument()
    expect(names()).toHaveLength(3)
    expect((await call(view.workspace, 'leads.list', {})).total).toBe(3)
  })

  it('asks why before moving leads to Lost', async () => {
    const user = userEvent.setup()
    const view = await open([{ personName: 'Ann' }])
    await user.click(await screen.findByRole('checkbox', { name: 'Select Ann' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Move to stage' }), 'Lost')
    const dialog = screen.getByRole('dialog', { name: 'Move 1 lead to Lost' })
    await user.click(within(dialog).getByRole('button', { name: 'Move to Lost' }))
    expect(within(dialog).getByText('Pick why these leads were lost')).toBeInTheDocument()

    const reason = within(dialog).getByLabelText('Why were they lost?')
    const firstReason = within(reason).getAllByRole('option')[1]?.textContent ?? ''
    await user.selectOptions(reason, firstReason)
    await user.click(within(dialog).getByRole('button', { name: 'Move to Lost' }))
    expect(await screen.findByText('Moved 1 lead to Lost.')).toBeInTheDocument()
    const [lead] = (await call(view.workspace, 'leads.list', {})).leads
    expect(lead?.lostReason).toBe(firstReason)
  })

  it('opens a lead on click and on Enter, and says when no lead matches', async () => {
    const user = userEvent.setup()
    const onOpenLead = vi.fn()
    const view = await open([{ personName: 'Ann', company: 'Acme' }], { onOpenLead })
    const row = await screen.findByRole('row', { name: 'Ann' })
    await user.click(row)
    row.focus()
    await user.keyboard('{Enter}')
    const [ann] = (await call(view.workspace, 'leads.list', {})).leads
    expect(onOpenLead).toHaveBeenCalledTimes(2)
    expect(onOpenLead).toHaveBeenCalledWith(ann?.id)

    view.show({ filters: { search: 'nobody like this' } })
    expect(await screen.findByRole('heading', { name: 'No leads match these filters' })).toBeInTheDocument()
  })
})
