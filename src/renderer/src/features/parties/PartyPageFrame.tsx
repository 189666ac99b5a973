import type { ReactNode } from 'react'
import { AppError } from '@shared/errors'
import { hrefFor } from '../../app/router'
import { EmptyState } from '../../ui/EmptyState'
import { QueryError } from '../../ui/QueryError'
import '../campaign-page/campaign-page.css'
import './parties.css'

interface PartyPageFrameProps {
  /** '/people' or '/organizations'. */
  listPath: string
  listLabel: string
  /** "person" or "organisation", for the page that no longer exists. */
  noun: string
  error: Error | null
  onRetry: () => void
  loaded: boolean
  children: ReactNode
}

/** What a person's and an organisation's page share: the way back, and what shows before (or instead of) them. */
export function PartyPageFrame({ listPath, listLabel, noun, error, onRetry, loaded, children }: PartyPageFrameProps) {
  const back = (
    <a className="campaign-page__back" href={hrefFor(listPath)}>
      ← {listLabel}
    </a>
  )
  if (error) {
    const gone = error instanceof AppError && error.code === 'not_found'
    return (
      <div className="page">
        {back}
        {gone ? (
          <EmptyState icon={listPath === '/people' ? 'people' : 'organization'} title={`This ${noun} no longer exists`} actions={<a className="button" href={hrefFor(listPath)}>{listLabel}</a>}>
            <p>They may have been deleted or merged into another record.</p>
          </EmptyState>
        ) : (
          <QueryError error={error} onRetry={onRetry} />
        )}
      </div>
    )
  }
  if (!loaded) return <div className="page" aria-busy="true" />
  return (
    <div className="page campaign-page party-detail">
      {back}
      {children}
    </div>
  )
}
