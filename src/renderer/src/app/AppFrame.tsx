import type { ReactNode } from 'react'
import { runCommand } from '../features/commands/commandBus'
import { Keys, MOD_KEY } from '../features/commands/Keys'
import { ServerBanner } from '../features/live/ServerBanner'
import { WorkspaceFooter } from '../features/team/WorkspaceFooter'
import { Icon } from '../ui/icons'
import { hrefFor } from './router'
import { isCurrentSection, NAV_ROUTES } from './routes'

export function AppFrame({ path, children }: { path: string; children: ReactNode }) {
  return (
    <div className="app-frame">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Main">
        <div className="sidebar__brand">
          <span className="sidebar__logo" aria-hidden="true">
            B
          </span>
          Baton
        </div>
        <button type="button" className="sidebar__search" onClick={() => runCommand('open-palette')} aria-keyshortcuts="Control+K Meta+K">
          <Icon name="search" width={16} height={16} />
          Search…
          <Keys keys={[MOD_KEY, 'K']} />
        </button>
        <ul>
          {NAV_ROUTES.map((item) => (
            <li key={item.path}>
              <a href={hrefFor(item.path)} className="sidebar__link" aria-current={isCurrentSection(item.path, path) ? 'page' : undefined}>
                <Icon name={item.icon} />
                {item.label}
              </a>
            </li>
          ))}
        </ul>
        <WorkspaceFooter />
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <ServerBanner />
        {children}
      </main>
    </div>
  )
}
