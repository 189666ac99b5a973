import { hrefFor } from '../../app/router'

const TABS = [
  { id: 'list', label: 'Campaigns', href: hrefFor('/campaigns') },
  { id: 'timeline', label: 'Timeline', href: hrefFor('/campaigns', { view: 'timeline' }) },
  { id: 'channels', label: 'Channels', href: hrefFor('/channels') },
  { id: 'segments', label: 'Segments', href: hrefFor('/segments') },
] as const

export type MarketingTab = (typeof TABS)[number]['id']

/** The marketing side's views, one link each (links, not tabs: each is its own address). */
export function MarketingTabs({ current }: { current: MarketingTab }) {
  return (
    <nav className="marketing-tabs" aria-label="Marketing views">
      {TABS.map((tab) => (
        <a key={tab.id} href={tab.href} className="marketing-tabs__link" aria-current={tab.id === current ? 'page' : undefined}>
          {tab.label}
        </a>
      ))}
    </nav>
  )
}
