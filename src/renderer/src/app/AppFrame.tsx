import type { ReactNode } from 'react'
import { Icon, type IconName } from '../ui/icons'
import { hrefFor } from './router'

export const NAV: ReadonlyArray<{ path: string; label: string; icon: IconName; also?: readonly string[] }> = [
  { path: '/pipeline', label: 'Pipeline', icon: 'pipeline' },
  { path: '/today', label: 'Today', icon: 'today' },
  { path: '/campaigns', label: 'Campaigns', icon: 'campaigns', also: ['/channels', '/segments'] },
  { path: '/goals', label: 'Goals', icon: 'goals' },
  { path: '/reports', label: 'Reports', icon: 'reports' },
  { path: '/settings', label: 'Settings', icon: 'settings' },
]

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
        <ul>
          {NAV.map((item) => (
            <li key={item.path}>
              <a href={hrefFor(item.path)} className="sidebar__link" aria-current={[item.path, ...(item.also ?? [])].some((p) => path.startsWith(p)) ? 'page' : undefined}>
                <Icon name={item.icon} />
                {item.label}
              </a>
            </li>
          ))}
        </ul>
        <p className="sidebar__footer">Offline · data stays on this computer</p>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        {children}
      </main>
    </div>
  )
}
