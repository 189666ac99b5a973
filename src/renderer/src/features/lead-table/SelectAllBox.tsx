import { useEffect, useRef } from 'react'
import type { Selection } from './useSelection'

/** The header checkbox; "some" shows as the half-ticked state, which only a DOM property can set. */
export function SelectAllBox({ selection, label = 'Select all loaded leads' }: { selection: Selection; label?: string }) {
  const ref = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = selection.state === 'some'
  }, [selection.state])
  return <input ref={ref} type="checkbox" aria-label={label} checked={selection.state === 'all'} onChange={selection.toggleAll} />
}
