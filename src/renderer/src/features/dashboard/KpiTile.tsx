import type { KpiTile as Tile } from '@shared/contract/reports'
import { useId, type CSSProperties } from 'react'
import { describeChange, formatCell } from '@shared/domain/report'
import { hrefFor } from '../../app/router'
import { Sparkline } from './Sparkline'

export function KpiTile({ tile, currency, locale, previousLabel }: { tile: Tile; currency: string; locale: string; previousLabel: string }) {
  const descriptionId = useId()
  const change = describeChange(tile, locale)
  const value = formatCell(tile.value, tile.kind, currency, locale)
  const before = formatCell(tile.previous, tile.kind, currency, locale)
  const body = (
    <>
      {/* The spaces keep the words apart in the link's accessible name; the flex layout ignores them. */}
      <span className="kpi__label">{tile.label}</span>{' '}
      <span className="kpi__value" style={{ '--kpi-chars': value.length } as CSSProperties}>
        {value}
      </span>{' '}
      <Sparkline values={tile.spark} />
      <span className="kpi__foot">
        {change ? <span className={`kpi__change kpi__change--${change.tone}`}>{change.text}</span> : <span className="kpi__change kpi__change--flat">—</span>}{' '}
        <span className="kpi__before">vs {before}</span>
      </span>
    </>
  )
  const description = `${tile.hint} ${previousLabel}: ${before}.`
  // The link is named by what it shows (label, figure, change) and described by the hint, so
  // what a screen reader says starts with what a sighted person reads.
  return tile.link ? (
    <>
      <a className="kpi" href={hrefFor(tile.link.path, tile.link.params)} title={description} aria-describedby={descriptionId}>
        {body}
      </a>
      <span id={descriptionId} className="visually-hidden">
        {description}
      </span>
    </>
  ) : (
    <div className="kpi" title={description}>
      {body}
    </div>
  )
}
