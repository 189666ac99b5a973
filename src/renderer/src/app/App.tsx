import { lazy, Suspense } from 'react'
import { DesktopShell } from '../features/commands/DesktopShell'
import { AppFrame } from './AppFrame'
import { useRoute } from './router'
import { HOME, routeFor } from './routes'

// The lead panel is its own chunk too: it loads the first time a lead is opened.
const LeadDrawer = lazy(() => import('../features/lead-detail/LeadDrawer').then((m) => ({ default: m.LeadDrawer })))

export function App() {
  const { path, params } = useRoute()
  const current = path === '/' ? HOME : path
  const { route, id } = routeFor(current)
  const page = route.Detail && id !== null ? <route.Detail key={id} id={id} /> : <route.Page />
  return (
    <AppFrame path={current}>
      <Suspense fallback={<p className="page-loading" role="status">Loading…</p>}>
        {page}
      </Suspense>
      {params.has('lead') && (
        <Suspense fallback={null}>
          <LeadDrawer />
        </Suspense>
      )}
      <DesktopShell />
    </AppFrame>
  )
}
