import { lazy, Suspense, useEffect } from 'react'
import { RecoveryGate } from '../features/backups/RecoveryGate'
import { DesktopShell } from '../features/commands/DesktopShell'
import { useWorkspaceInfo } from '../features/leads/leads.queries'
import { AppFrame } from './AppFrame'
import { navigate, useRoute } from './router'
import { EMPTY_HOME, HOME, routeFor } from './routes'

// The lead panel and the print view are their own chunks too: each loads the first time it is needed.
const LeadDrawer = lazy(() => import('../features/lead-detail/LeadDrawer').then((m) => ({ default: m.LeadDrawer })))
const PrintPage = lazy(() => import('../features/reports/PrintPage').then((m) => ({ default: m.PrintPage })))

// The dashboard is home once the workspace has leads or campaigns; an empty one opens on the
// pipeline, where the first lead is created (a dashboard of zeros teaches nothing).
function useHome(): string | null {
  const info = useWorkspaceInfo()
  if (!info.data) return info.isError ? EMPTY_HOME : null
  return info.data.leadCount + info.data.campaignCount > 0 ? HOME : EMPTY_HOME
}

const loading = <p className="page-loading" role="status">Loading…</p>

export function App() {
  const { path, params } = useRoute()
  const home = useHome()
  // Home is chosen once and written into the address: if it were worked out again on every
  // render, the first import or lead would swap an open pipeline (and its dialog) for the dashboard.
  useEffect(() => {
    if (path === '/' && home) navigate(home, undefined, { replace: true })
  }, [path, home])
  // The print view is a page of its own: no sidebar, printed to PDF by main.
  if (path.startsWith('/print')) {
    return (
      <Suspense fallback={loading}>
        <PrintPage />
      </Suspense>
    )
  }
  const current = path === '/' ? home : path
  if (current === null) return null
  const { route, id } = routeFor(current)
  const page = route.Detail && id !== null ? <route.Detail key={id} id={id} /> : <route.Page />
  return (
    <RecoveryGate>
      <AppFrame path={current}>
        <Suspense fallback={loading}>{page}</Suspense>
        {params.has('lead') && (
          <Suspense fallback={null}>
            <LeadDrawer />
          </Suspense>
        )}
        <DesktopShell />
      </AppFrame>
    </RecoveryGate>
  )
}
