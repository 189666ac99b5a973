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
  /** A page reached from another section's tabs: not in the sidebar, which marks `navParent` as current instead. */
  navParent?: string
}

const pipeline: AppRoute = {
  path: '/pipeline',
  label: 'Pipeline',
  icon: 'pipeline',
  Page: lazy(() => import('../features/pipeline/PipelinePage').then((m) => ({ default: m.PipelinePage }))),
}

export const ROUTES: readonly AppRoute[] = [
  {
    path: '/dashboard',
    label: 'Dashboard',
    icon: 'dashboard',
    Page: lazy(() => import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage }))),
  },
  pipeline,
  { path: '/today', label: 'Today', icon: 'today', Page: lazy(() => import('../features/today/TodayPage').then((m) => ({ default: m.TodayPage }))) },
  {
    path: '/people',
    label: 'People',
    icon: 'people',
    Page: lazy(() => import('../features/parties/PeoplePage').then((m) => ({ default: m.PeoplePage }))),
    Detail: lazy(() => import('../features/parties/PersonPage').then((m) => ({ default: m.PersonPage }))),
  },
  {
    path: '/organizations',
    label: 'Organisations',
    icon: 'organization',
    Page: lazy(() => import('../features/parties/OrganizationsPage').then((m) => ({ default: m.OrganizationsPage }))),
    Detail: lazy(() => import('../features/parties/OrganizationPage').then((m) => ({ default: m.OrganizationPage }))),
  },
  {
    path: '/campaigns',
    label: 'Campaigns',
    icon: 'campaigns',
    Page: lazy(() => import('../features/campaigns/CampaignsPage').then((m) => ({ default: m.CampaignsPage }))),
    Detail: lazy(() => import('../features/campaign-page/CampaignPage').then((m) => ({ default: m.CampaignPage }))),
  },
  {
    path: '/channels',
    label: 'Channels',
    icon: 'campaigns',
    navParent: '/campaigns',
    Page: lazy(() => import('../features/channels/ChannelsPage').then((m) => ({ default: m.ChannelsPage }))),
  },
  {
    path: '/segments',
    label: 'Segments',
    icon: 'campaigns',
    navParent: '/campaigns',
    Page: lazy(() => import('../features/segments/SegmentsPage').then((m) => ({ default: m.SegmentsPage }))),
  },
  {
    path: '/goals',
    label: 'Goals',
    icon: 'goals',
    Page: lazy(() => import('../features/goals/GoalsPage').then((m) => ({ default: m.GoalsPage }))),
    Detail: lazy(() => import('../features/goals/GoalPage').then((m) => ({ default: m.GoalPage }))),
  },
  {
    // Reached from the People and Organisations pages and the palette ("Find duplicate people and organisations").
    path: '/duplicates',
    label: 'Possible duplicates',
    icon: 'people',
    navParent: '/people',
    Page: lazy(() => import('../features/merges/DuplicatesPage').then((m) => ({ default: m.DuplicatesPage }))),
  },
  { path: '/reports', label: 'Reports', icon: 'reports', Page: lazy(() => import('../features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage }))) },
  {
    path: '/settings',
    label: 'Settings',
    icon: 'settings',
    Page: lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage }))),
  },
]

/** The pages in the sidebar, in its order. */
export const NAV_ROUTES = ROUTES.filter((route) => !route.navParent)

/** Where an empty workspace opens: the pipeline, where the first lead is made. */
export const EMPTY_HOME = pipeline.path
/** Where a workspace with leads or campaigns opens. */
export const HOME = '/dashboard'

/** The route a path belongs to (`/campaigns/12` → Campaigns, item 12); the pipeline for anything unknown. */
export function routeFor(path: string): { route: AppRoute; id: number | null } {
  const route = ROUTES.find((r) => path === r.path || path.startsWith(`${r.path}/`)) ?? pipeline
  const item = new RegExp(`^${route.path}/(\\d+)$`).exec(path)
  return { route, id: item ? Number(item[1]) : null }
}

/** True when the sidebar link for `navPath` is the current page (a tab page marks its parent). */
export function isCurrentSection(navPath: string, path: string): boolean {
  const { route } = routeFor(path)
  return (route.navParent ?? route.path) === navPath && routeFor(navPath).route.path === navPath
}
