import { act } from '@testing-library/react'
import type { InputOf, Method, ResultOf } from '@shared/contract'
import { useRoute } from '../../app/router'
import { inProcessBridge } from '../../../../../test/harness/in-process-bridge'
import { ApiProvider } from '../../api/ApiProvider'
import { createClient } from '../../api/client'
import { renderWithWorkspace } from '../../test/render-with-workspace'
import { OrganizationPage } from './OrganizationPage'
import { OrganizationsPage } from './OrganizationsPage'
import { PeoplePage } from './PeoplePage'
import { PersonPage } from './PersonPage'

// The people and organisations pages as the router shows them, over a real workspace file:
// the tests seed through the dispatcher first, then open a path.

type Workspace = Awaited<ReturnType<typeof renderWithWorkspace>>['workspace']

export async function call<M extends Method>(workspace: Workspace, method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const result = await workspace.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.value as ResultOf<M>
}

function Routed() {
  const { path } = useRoute()
  const item = /^\/(people|organizations)\/(\d+)$/.exec(path)
  if (item) return item[1] === 'people' ? <PersonPage key={item[2]} id={Number(item[2])} /> : <OrganizationPage key={item[2]} id={Number(item[2])} />
  if (path === '/people') return <PeoplePage />
  if (path === '/organizations') return <OrganizationsPage />
  return null
}

export const go = (path: string) =>
  act(() => {
    window.location.hash = `#${path}`
  })

/** A workspace to seed, then the pages mounted over it (seeding first: the first fetch sees the data). */
export async function openWorkspace() {
  window.location.hash = ''
  const view = await renderWithWorkspace(<div />)
  const client = createClient(inProcessBridge(view.workspace.dispatch))
  const show = (path: string) => {
    window.location.hash = `#${path}`
    view.rerender(
      <ApiProvider client={client}>
        <Routed />
      </ApiProvider>,
    )
  }
  return { ...view, show, call: <M extends Method>(method: M, input: InputOf<M>) => call(view.workspace, method, input) }
}
