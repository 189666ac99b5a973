import { Menu } from 'electron'
import { menuTemplate, type MenuActions } from './menuTemplate'

/** Installs the application menu; the template and its rules live in menuTemplate.ts. */
export function installMenu(actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions)))
}
