import type { AppCommand } from '@shared/contract/events'

/** Everything the palette, the menu and the shortcuts can run, with the words a person would type for it. */
export interface CommandSpec {
  id: AppCommand
  label: string
  group: 'Create' | 'Go to' | 'Data' | 'Help'
  /** Keys shown in the palette and the shortcut sheet, e.g. ['g', 'p']. */
  keys?: readonly string[]
  keywords?: readonly string[]
}

export const COMMANDS: readonly CommandSpec[] = [
  { id: 'new-lead', label: 'New lead', group: 'Create', keys: ['n'], keywords: ['add', 'contact', 'deal'] },
  { id: 'new-campaign', label: 'New campaign', group: 'Create', keywords: ['add', 'marketing'] },
  { id: 'new-person', label: 'New person', group: 'Create', keywords: ['add', 'contact', 'people'] },
  { id: 'new-organization', label: 'New organisation', group: 'Create', keywords: ['add', 'company', 'organization', 'account'] },
  { id: 'go-dashboard', label: 'Go to Dashboard', group: 'Go to', keys: ['g', 'd'], keywords: ['home', 'overview', 'kpi'] },
  { id: 'go-pipeline', label: 'Go to Pipeline', group: 'Go to', keys: ['g', 'p'], keywords: ['board', 'kanban', 'deals'] },
  { id: 'go-today', label: 'Go to Today', group: 'Go to', keys: ['g', 't'], keywords: ['follow-ups', 'tasks', 'due'] },
  { id: 'go-people', label: 'Go to People', group: 'Go to', keywords: ['contacts', 'persons', 'customers'] },
  { id: 'go-organizations', label: 'Go to Organisations', group: 'Go to', keywords: ['companies', 'organizations', 'accounts', 'customers'] },
  { id: 'go-campaigns', label: 'Go to Campaigns', group: 'Go to', keys: ['g', 'c'], keywords: ['marketing'] },
  { id: 'go-goals', label: 'Go to Goals', group: 'Go to', keys: ['g', 'o'], keywords: ['smart', 'targets'] },
  { id: 'go-reports', label: 'Go to Reports', group: 'Go to', keys: ['g', 'r'], keywords: ['pdf', 'share', 'partner'] },
  { id: 'go-settings', label: 'Go to Settings', group: 'Go to', keys: ['g', 's'], keywords: ['preferences', 'currency', 'theme', 'team'] },
  { id: 'switch-pipeline', label: 'Switch pipeline…', group: 'Go to', keywords: ['board', 'renewals', 'kanban'] },
  { id: 'import', label: 'Import from a file…', group: 'Data', keywords: ['csv', 'xlsx', 'excel', 'spreadsheet', 'leads', 'pipedrive', 'hubspot'] },
  { id: 'export', label: 'Export report…', group: 'Data', keywords: ['pdf', 'xlsx', 'csv', 'download'] },
  { id: 'go-duplicates', label: 'Find duplicate people and organisations', group: 'Data', keywords: ['merge', 'duplicates', 'dedupe', 'contacts', 'people', 'organisations', 'companies'] },
  { id: 'back-up-now', label: 'Back up now', group: 'Data', keywords: ['backup', 'copy', 'save', 'safe'] },
  { id: 'open-workspace', label: 'Open workspace…', group: 'Data', keywords: ['switch', 'team', 'solo', 'folder', 'file', 'recent', 'server'] },
  { id: 'show-shortcuts', label: 'Keyboard shortcuts', group: 'Help', keys: ['?'], keywords: ['keys', 'help'] },
]

/** Where each "go" command leads. */
export const GO_TO: Partial<Record<AppCommand, string>> = {
  'go-dashboard': '/dashboard',
  'go-pipeline': '/pipeline',
  'go-today': '/today',
  'go-people': '/people',
  'go-organizations': '/organizations',
  'go-campaigns': '/campaigns',
  'go-goals': '/goals',
  'go-reports': '/reports',
  'go-settings': '/settings',
  'go-duplicates': '/duplicates',
  export: '/reports',
}

export const SHORTCUT_BINDINGS = [
  ...COMMANDS.filter((c) => c.keys).map((c) => ({ keys: c.keys ?? [], command: c.id })),
  { keys: ['/'], command: 'open-palette' as const },
]
