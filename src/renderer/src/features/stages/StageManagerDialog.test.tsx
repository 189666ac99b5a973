import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { InputOf, Method, ResultOf } from '@shared/contract'
import { renderWithWorkspace } from '../../test/render-with-workspace'
import { NewPipelineDialog } from './NewPipelineDialog'
import { StageManagerDialog } from './StageManagerDialog'

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

const stageNames = async (workspace: Workspace) => (await call(workspace, 'pipelines.list', {}))[0]?.stages.map((s) => s.name)

async function open(onClose = vi.fn()) {
  const view = await renderWithWorkspace(<StageManagerDialog pipelineId={1} onClose={onClose} />)
  cleanup = () => view.cleanup()
  const dialog = await screen.findByRole('dialog', { name: 'Stages of Sales' })
  return { ...view, dialog }
}

const stageRow = (name: string) => screen.getByRole('listitem', { name })

describe('StageManagerDialog', () => {
  it('renames a stage in place', async () => {
    const user = userEvent.setup()
    const { workspace } = await open()
    const name = within(stageRow('Contacted')).getByLabelText('Stage name')
    await user.clear(name)
    await user.type(name, 'Called{Enter}')
    await waitFor(async () => expect(await stageNames(workspace)).toContain('Called'))
    expect(await stageNames(workspace)).not.toContain('Contacted')
    expect(await screen.findByRole('listitem', { name: 'Called' })).toBeInTheDocument()
  })

  it('shows why a change is refused beside the stage', async () => {
    const user = userEvent.setup()
    await open()
    const probability = within(stageRow('Qualified')).getByLabelText('Win probability (%)')
    await user.clear(probability)
    await user.type(probability, '140{Enter}')
    expect(within(stageRow('Qualified')).getByRole('alert')).toHaveTextContent('Use 0–100')
    expect(probability).toHaveAttribute('aria-invalid', 'true')

    const name = within(stageRow('Qualified')).getByLabelText('Stage name')
    await user.clear(probability)
    await user.type(probability, '40')
    await user.clear(name)
    await user.type(name, 'Proposal{Enter}')
    expect(await within(stageRow('Qualified')).findByRole('alert')).toHaveTextContent('This pipeline already has a stage called “Proposal”.')
  })

  it('adds a stage before Won and Lost', async () => {
    const user = userEvent.setup()
    const { workspace } = await open()
    const form = screen.getByRole('form', { name: 'Add a stage' })
    await user.click(within(form).getByRole('button', { name: 'Add stage' }))
    expect(within(form).getByText('Give the stage a name')).toBeInTheDocument()

    await user.type(within(form).getByLabelText('Name'), 'Demo booked')
    await user.clear(within(form).getByLabelText('Win probability (%)'))
    await user.type(within(form).getByLabelText('Win probability (%)'), '70')
    await user.click(within(form).getByRole('button', { name: 'Add stage' }))

    const open_ = within(screen.getByRole('list', { name: 'Open stages' }))
    expect(await open_.findByRole('listitem', { name: 'Demo booked' })).toBeInTheDocument()
    expect(await stageNames(workspace)).toEqual(['New', 'Contacted', 'Qualified', 'Proposal', 'Negotiation', 'Demo booked', 'Won', 'Lost'])
    const added = (await call(workspace, 'pipelines.list', {}))[0]?.stages.find((s) => s.name === 'Demo booked')
    expect(added).toMatchObject({ winProbability: 70, staleDays: 14, kind: 'open' })
  })

  it('reorders open stages and keeps Won and Lost out of it', async () => {
    const user = userEvent.setup()
    const { workspace } = await open()
    await user.click(screen.getByRole('button', { name: 'Move Qualified up' }))
    await waitFor(async () => expect((await stageNames(workspace))?.slice(0, 3)).toEqual(['New', 'Qualified', 'Contacted']))

    const closed = screen.getByRole('list', { name: 'Closed stages' })
    expect(within(closed).getAllByRole('listitem').map((li) => li.getAttribute('aria-label'))).toEqual(['Won', 'Lost'])
    expect(within(closed).queryByRole('button', { name: /Delete|Move/ })).not.toBeInTheDocument()
    expect(screen.getByText(/Every pipeline keeps one Won and one Lost stage/)).toBeInTheDocument()
  })

  it('asks where the leads go before deleting a stage that has some, then moves them', async () => {
    const user = userEvent.setup()
    const { workspace } = await open()
    const qualified = (await call(workspace, 'pipelines.list', {}))[0]?.stages.find((s) => s.name === 'Qualified')
    const proposal = (await call(workspace, 'pipelines.list', {}))[0]?.stages.find((s) => s.name === 'Proposal')
    for (const personName of ['Ann', 'Ben']) await call(workspace, 'leads.create', { personName, stageId: qualified?.id })

    await user.click(screen.getByRole('button', { name: 'Delete Qualified' }))
    const panel = screen.getByRole('group', { name: 'Delete Qualified' })
    expect(await within(panel).findByText('Qualified has 2 leads. Where should they go?')).toBeInTheDocument()
    await user.click(within(panel).getByRole('button', { name: 'Move leads and delete' }))
    expect(within(panel).getByRole('alert')).toHaveTextContent('Pick the stage the leads should move to.')

    const target = within(panel).getByLabelText('Move its leads to')
    expect(within(target).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a stage…', 'New', 'Contacted', 'Proposal', 'Negotiation'])
    await user.selectOptions(target, 'Proposal')
    await user.click(within(panel).getByRole('button', { name: 'Move leads and delete' }))

    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Qualified' })).not.toBeInTheDocument())
    expect(await stageNames(workspace)).not.toContain('Qualified')
    const leads = (await call(workspace, 'leads.list', {})).leads
    expect(leads.map((l) => l.stageId)).toEqual([proposal?.id, proposal?.id])
  })

  it('deletes an empty stage after a plain confirmation', async () => {
    const user = userEvent.setup()
    const { workspace } = await open()
    await user.click(screen.getByRole('button', { name: 'Delete Negotiation' }))
    const panel = screen.getByRole('group', { name: 'Delete Negotiation' })
    expect(await within(panel).findByText('Delete Negotiation? It has no leads.')).toBeInTheDocument()
    await user.click(within(panel).getByRole('button', { name: 'Delete stage' }))
    await waitFor(async () => expect(await stageNames(workspace)).not.toContain('Negotiation'))
  })

  it('renames the pipeline, and explains why the only pipeline cannot be deleted', async () => {
    const user = userEvent.setup()
    const onClose = vi.fn()
    const { workspace } = await open(onClose)
    const section = screen.getByRole('region', { name: 'Pipeline' })
    await user.clear(within(section).getByLabelText('Pipeline name'))
    await user.type(within(section).getByLabelText('Pipeline name'), 'Direct sales')
    await user.click(within(section).getByRole('button', { name: 'Rename' }))
    expect(await screen.findByRole('dialog', { name: 'Stages of Direct sales' })).toBeInTheDocument()
    expect((await call(workspace, 'pipelines.list', {}))[0]?.name).toBe('Direct sales')

    await user.click(within(section).getByRole('button', { name: 'Delete pipeline…' }))
    await user.click(within(section).getByRole('button', { name: 'Delete pipeline' }))
    expect(await within(section).findByRole('alert')).toHaveTextContent("Direct sales is the only pipeline, so it can't be deleted.")
    expect(onClose).not.toHaveBeenCalled()
  })
})

describe('NewPipelineDialog', () => {
  it('creates a pipeline with the default stages', async () => {
    const user = userEvent.setup()
    const onCreated = vi.fn()
    const view = await renderWithWorkspace(<NewPipelineDialog onCreated={onCreated} onClose={vi.fn()} />)
    cleanup = () => view.cleanup()
    const dialog = screen.getByRole('dialog', { name: 'New pipeline' })
    await user.click(within(dialog).getByRole('button', { name: 'Create pipeline' }))
    expect(within(dialog).getByText('Give the pipeline a name')).toBeInTheDocument()
    await user.type(within(dialog).getByLabelText('Name'), 'Partners')
    await user.click(within(dialog).getByRole('button', { name: 'Create pipeline' }))
    await waitFor(() => expect(onCreated).toHaveBeenCalled())
    const created = (await call(view.workspace, 'pipelines.list', {})).find((p) => p.name === 'Partners')
    expect(onCreated).toHaveBeenCalledWith(created?.id)
    expect(created?.stages.map((s) => s.kind)).toContain('won')
  })
})
