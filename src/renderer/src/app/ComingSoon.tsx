import { EmptyState } from '../ui/EmptyState'
import type { IconName } from '../ui/icons'
import { PageHeader } from '../ui/PageHeader'

/** A page that is planned but not built yet says so, and says what it will do. */
export function ComingSoon({ title, icon, children }: { title: string; icon: IconName; children: string }) {
  return (
    <div className="page">
      <PageHeader title={title} />
      <EmptyState icon={icon} title={`${title} are coming`}>
        <p>{children}</p>
      </EmptyState>
    </div>
  )
}
