import { Notification } from 'electron'
import type { Notice } from '../features/notifications/followUpNotifier'

/** Shows a notice as a desktop notification; a click brings Baton forward on the lead (or Today). */
export function showNotice(notice: Notice, onClick: (notice: Notice) => void): void {
  if (!Notification.isSupported()) return
  const notification = new Notification({ title: notice.title, body: notice.body, silent: false })
  notification.on('click', () => onClick(notice))
  notification.show()
}
