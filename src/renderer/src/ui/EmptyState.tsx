import type { ReactNode } from 'react'
import { Icon, type IconName } from './icons'

/** What a page shows before it has data: what it is for, and the first thing to do. */
export function EmptyState({ icon, title, children, actions }: { icon: IconName; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="empty-state" aria-label={title}>
      <div className="empty-state__icon">
        <Icon name={icon} width={28} height={28} />
      </div>
      <h2>{title}</h2>
      <div className="empty-state__body">{children}</div>
      {actions && <div className="empty-state__actions">{actions}</div>}
    </section>
  )
}
