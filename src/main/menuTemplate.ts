import type { MenuItemConstructorOptions } from 'electron'
import type { AppCommand } from '@shared/contract/events'

// The application menu as plain data, so its rules are tested under Node (menu.ts only hands
// it to Electron). Standard roles give text fields undo/redo/cut/copy/paste on every OS.

export interface MenuActions {
  platform: NodeJS.Platform
  appName: string
  /** Runs a command in the window (the renderer decides what it means). */
  send(command: AppCommand): void
  showAbout(): void
  openDataFolder(): void
}

export function menuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = actions.platform === 'darwin'
  const command = (label: string, id: AppCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => actions.send(id),
    ...(accelerator && { accelerator }),
  })
  const about: MenuItemConstructorOptions = { label: `About ${actions.appName}`, click: () => actions.showAbout() }

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: actions.appName,
          submenu: [
            about,
            { type: 'separator' },
            command('Settings…', 'go-settings', 'CmdOrCtrl+,'),
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : []

  return [
    ...appMenu,
    {
      label: '&File',
      submenu: [
        command('New Lead', 'new-lead', 'CmdOrCtrl+N'),
        command('New Campaign', 'new-campaign', 'CmdOrCtrl+Shift+N'),
        { type: 'separator' },
        command('Open Workspace…', 'open-workspace', 'CmdOrCtrl+O'),
        { type: 'separator' },
        command('Import…', 'import', 'CmdOrCtrl+I'),
        command('Export…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        command('Back Up Now', 'back-up-now'),
        { label: 'Open Data Folder', click: () => actions.openDataFolder() },
        ...(mac ? [{ type: 'separator' as const }, { role: 'close' as const }] : [{ type: 'separator' as const }, command('Settings', 'go-settings', 'Ctrl+,'), { role: 'quit' as const }]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        ...(mac ? [{ role: 'pasteAndMatchStyle' as const }] : []),
        { role: 'delete' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('Find…', 'open-palette', 'CmdOrCtrl+K'),
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Go',
      submenu: [
        command('Dashboard', 'go-dashboard', 'CmdOrCtrl+1'),
        command('Pipeline', 'go-pipeline', 'CmdOrCtrl+2'),
        command('Today', 'go-today', 'CmdOrCtrl+3'),
        command('Campaigns', 'go-campaigns', 'CmdOrCtrl+4'),
        command('Goals', 'go-goals', 'CmdOrCtrl+5'),
        command('Reports', 'go-reports', 'CmdOrCtrl+6'),
        command('Settings', 'go-settings', mac ? undefined : 'CmdOrCtrl+7'),
        { type: 'separator' },
        command('Switch Pipeline…', 'switch-pipeline', 'CmdOrCtrl+Shift+P'),
      ],
    },
    { label: '&Window', role: 'windowMenu' },
    {
      label: '&Help',
      role: 'help',
      submenu: [command('Keyboard Shortcuts', 'show-shortcuts', 'CmdOrCtrl+/'), ...(mac ? [] : [{ type: 'separator' as const }, about])],
    },
  ]
}
