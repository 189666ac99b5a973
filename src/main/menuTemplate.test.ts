import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuTemplate, type MenuActions } from './menuTemplate'

// The template must not need Electron at run time: a throwing mock proves it.
vi.mock('electron', () => {
  throw new Error('menuTemplate must not load electron')
})

const actions = (platform: NodeJS.Platform) => ({
  platform,
  appName: 'Baton',
  send: vi.fn<MenuActions['send']>(),
  showAbout: vi.fn(),
  openDataFolder: vi.fn(),
})

const items = (menu: MenuItemConstructorOptions[], label: string) => {
  const found = menu.find((m) => m.label?.replace('&', '') === label)
  return (found?.submenu ?? []) as MenuItemConstructorOptions[]
}

const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.()

describe('menuTemplate', () => {
  it('has the standard Edit roles so text fields can undo, cut, copy, paste and select all', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const roles = items(menuTemplate(actions(platform)), 'Edit').map((i) => i.role)
      expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']))
    }
  })

  it('has File, Edit, View, Go, Window and Help everywhere, and the app menu first on macOS only', () => {
    const labels = (platform: NodeJS.Platform) => menuTemplate(actions(platform)).map((m) => m.label?.replace('&', ''))
    expect(labels('linux')).toEqual(['File', 'Edit', 'View', 'Go', 'Window', 'Help'])
    expect(labels('darwin')).toEqual(['Baton', 'File', 'Edit', 'View', 'Go', 'Window', 'Help'])
  })

  it('sends Baton’s own commands to the window, with accelerators', () => {
    const a = actions('linux')
    const menu = menuTemplate(a)
    const file = items(menu, 'File')
    expect(file.find((i) => i.label === 'New Lead')?.accelerator).toBe('CmdOrCtrl+N')
    expect(file.find((i) => i.label === 'Open Workspace…')?.accelerator).toBe('CmdOrCtrl+O')
    for (const item of [...file, ...items(menu, 'Go')]) click(item)
    expect(a.send.mock.calls.map(([command]) => command)).toEqual([
      'new-lead',
      'new-campaign',
      'open-workspace',
      'import',
      'export',
      'back-up-now',
      'go-settings',
      'go-dashboard',
      'go-pipeline',
      'go-today',
      'go-campaigns',
      'go-goals',
      'go-reports',
      'go-settings',
      'switch-pipeline',
    ])
    expect(a.openDataFolder).toHaveBeenCalledOnce()
    expect(items(menu, 'Go').map((i) => i.label)).toEqual(['Dashboard', 'Pipeline', 'Today', 'Campaigns', 'Goals', 'Reports', 'Settings', undefined, 'Switch Pipeline…'])
  })

  it('puts About in the app menu on macOS and under Help elsewhere', () => {
    const mac = actions('darwin')
    click(((menuTemplate(mac)[0]?.submenu ?? []) as MenuItemConstructorOptions[])[0])
    expect(mac.showAbout).toHaveBeenCalledOnce()
    const linux = actions('linux')
    click(items(menuTemplate(linux), 'Help').find((i) => i.label === 'About Baton'))
    expect(linux.showAbout).toHaveBeenCalledOnce()
  })

  it('gives every accelerator to one item only', () => {
    for (const platform of ['darwin', 'linux'] as const) {
      const all: string[] = []
      const walk = (menu: MenuItemConstructorOptions[]) =>
        menu.forEach((item) => {
          if (typeof item.accelerator === 'string') all.push(item.accelerator)
          if (Array.isArray(item.submenu)) walk(item.submenu)
        })
      walk(menuTemplate(actions(platform)))
      expect(new Set(all).size).toBe(all.length)
    }
  })
})
