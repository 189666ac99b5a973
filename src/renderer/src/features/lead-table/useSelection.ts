import { useMemo, useState } from 'react'

export interface Selection {
  ids: number[]
  has: (id: number) => boolean
  /** Toggles one row; with shift, every row between the last one clicked and this one follows it. */
  toggle: (index: number, range: boolean) => void
  /** The header checkbox: selects every loaded row, or clears when all are selected. */
  toggleAll: () => void
  state: 'none' | 'some' | 'all'
  clear: () => void
}

/**
 * Which loaded rows are ticked. The selection belongs to one `scope` (pipeline + filters):
 * when the filters change it starts empty, so a bulk delete never reaches rows the person
 * can no longer see. Ids of rows that left the list (moved out, deleted) drop out too.
 */
export function useSelection(rows: ReadonlyArray<{ id: number }>, scope: string): Selection {
  const [state, setState] = useState<{ scope: string; ids: ReadonlySet<number>; anchor: number | null }>({ scope, ids: new Set(), anchor: null })
  const current = state.scope === scope ? state : { scope, ids: new Set<number>(), anchor: null }

  const ids = useMemo(() => rows.filter((row) => current.ids.has(row.id)).map((row) => row.id), [rows, current.ids])
  const idSet = useMemo(() => new Set(ids), [ids])

  function toggle(index: number, range: boolean) {
    const row = rows[index]
    if (!row) return
    const next = new Set(idSet)
    const select = !next.has(row.id)
    const from = range && current.anchor !== null ? Math.min(current.anchor, index) : index
    const to = range && current.anchor !== null ? Math.max(current.anchor, index) : index
    for (const r of rows.slice(from, to + 1)) {
      if (select) next.add(r.id)
      else next.delete(r.id)
    }
    setState({ scope, ids: next, anchor: index })
  }

  function toggleAll() {
    const all = rows.length > 0 && ids.length === rows.length
    setState({ scope, ids: all ? new Set() : new Set(rows.map((r) => r.id)), anchor: null })
  }

  return {
    ids,
    has: (id) => idSet.has(id),
    toggle,
    toggleAll,
    state: ids.length === 0 ? 'none' : ids.length === rows.length ? 'all' : 'some',
    clear: () => setState({ scope, ids: new Set(), anchor: null }),
  }
}
