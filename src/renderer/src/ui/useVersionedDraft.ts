import { useState } from 'react'
import { AppError } from '@shared/errors'

// Nobody overwrites anybody silently (issue 19): an editor of a lead, person, organisation,
// campaign or goal saves based on the version it began from, and main refuses the save when
// someone saved the record since. This is that editor's draft: it follows a newer record while
// nothing is typed; once something is, what was typed stays and only the untouched fields show
// the newer values, and a refusal is kept to show (StaleSave) until the person applies their
// changes again on the version now shown, or discards them.

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** The draft on a newer record: what was typed stays, the fields left alone show the newer values. */
export function followNewer<D extends object>(draft: D, was: D, now: D): D {
  const next = { ...draft }
  for (const key of Object.keys(draft) as Array<keyof D>) if (same(draft[key], was[key])) next[key] = now[key]
  return next
}

export interface VersionedDraft<R, D> {
  /** The record as it was when editing began (or last saved): what the draft is compared with. */
  base: R
  draft: D
  setDraft: (next: D | ((current: D) => D)) => void
  dirty: boolean
  /** Who saved first and what, when a save was refused as based on an older version. */
  staleMessage: string | null
  /** The version a save is based on: the one editing began from, or the one shown once a refusal was seen. */
  basedOnVersion: number
  /** After a save went through: the saved record is the new base. */
  saved: (next: R) => void
  /** Keeps a refusal to show and returns true when `error` is one; false for any other error. */
  refused: (error: unknown) => boolean
  /** Drops what was typed: the record as saved now. */
  discard: () => void
}

export function useVersionedDraft<R extends { version: number }, D extends object>(record: R, draftOf: (record: R) => D): VersionedDraft<R, D> {
  const [base, setBase] = useState<R>(record)
  const [shown, setShown] = useState<R>(record)
  const [draft, setDraft] = useState<D>(() => draftOf(record))
  const [staleMessage, setStaleMessage] = useState<string | null>(null)
  const dirty = !same(draft, draftOf(base))
  // Adjusted while rendering (React's pattern for state that follows a prop), not in an effect.
  if (record.version !== shown.version) {
    setShown(record)
    if (!dirty && !staleMessage) {
      setBase(record)
      setDraft(draftOf(record))
    } else {
      setDraft(followNewer(draft, draftOf(shown), draftOf(record)))
    }
  }
  return {
    base,
    draft,
    setDraft,
    dirty,
    staleMessage,
    // Once the person has seen who saved first, applying again is based on the record they now see.
    basedOnVersion: staleMessage ? record.version : base.version,
    saved(next) {
      setStaleMessage(null)
      setBase(next)
      setShown(next)
      setDraft(draftOf(next))
    },
    refused(error) {
      if (!(error instanceof AppError && error.code === 'stale')) return false
      setStaleMessage(error.message)
      return true
    },
    discard() {
      setStaleMessage(null)
      setBase(record)
      setShown(record)
      setDraft(draftOf(record))
    },
  }
}
