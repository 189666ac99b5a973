import { lazy, type ComponentType, type LazyExoticComponent } from 'react'
import type { IconName } from '../ui/icons'

// Every page, once: the sidebar, the router, the palette's "Go to" and the e2e accessibility
// sweep read this list. Each page is its own chunk, loaded when first shown, so the first
// screen downloads only what it draws.

export interface AppRoute {
  path: string
  label: string
  icon: IconName
  Page: LazyExoticComponent<ComponentType>
  /** The page for one item (`/campaigns/12`), when the section has one. */
  Detail?: LazyExoticComponent<ComponentType<{ id: number }>>
}

const pipeline: AppRoute = {
  path: '/pipeline',
  label: 'Pipeline',
  icon: 'pipeline',
  Page: lazy(() => import('../features/pipeline/PipelinePage').then((m) => ({ default: m.PipelinePage }))),
}

export const ROUTES: readonly AppRoute[] = [
  pipeline,
  { path: '/today', label: 'Today', icon: 'today', Page: lazy(() => import('../features/today/TodayPage').then((m) => ({ default: m.TodayPage }))) },
  {
    path: '/campaigns',
    label: 'Campaigns',
    icon: 'campaigns',
    Page: lazy(() => import('../features/campaigns/CampaignsPage').then((m) => ({ default: m.CampaignsPage }))),
  },
  { path: '/goals', label: 'Goals', icon: 'goals', Page: lazy(() => import('./plannedPages').then((m) => ({ default: m.GoalsPlanned }))) },
  { path: '/reports', label: 'Reports', icon: 'reports', Page: lazy(() => import('./plannedPages').then((m) => ({ default: m.ReportsPlanned }))) },
  {
    path: '/settings',
    label: 'Settings',
    icon: 'settings',
    Page: lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage }))),
  },
]

export const HOME = pipeline.path

/** The route a path belongs to (`/campaigns/12` → Campaigns, item 12); the home page for anything unknown. */
export function routeFor(path: string): { route: AppRoute; id: number | null } {
  const route = ROUTES.find((r) => path === r.path || path.startsWith(`${r.path}/`)) ?? pipeline
  const item = new RegExp(`^${route.path}/(\\d+)$`).exec(path)
  return { route, id: item ? Number(item[1]) : null }
}
