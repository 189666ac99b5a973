import { Suspense } from 'react'
import { DesktopShell } from '../features/commands/DesktopShell'
import { LeadDrawer } from '../features/lead-detail/LeadDrawer'
import { AppFrame } from './AppFrame'
import { useRoute } from './router'
import { HOME, routeFor } from './routes'

export function App() {
  const { path } = useRoute()
  const current = path === '/' ? HOME : path
  const { route, id } = routeFor(current)
  const page = route.Detail && id !== null ? <route.Detail key={id} id={id} /> : <route.Page />
  return (
    <AppFrame path={current}>
      <Suspense fallback={<p className="page-loading" role="status">Loading…</p>}>
        {page}
      </Suspense>
      <LeadDrawer />
      <DesktopShell />
    </AppFrame>
  )
}
