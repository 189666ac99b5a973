import { flexRender, type Row } from '@tanstack/react-table'
import type { TableLead } from '@shared/domain/board'
import { dealRowName } from '@shared/domain/leads'
import { isNumeric } from '../../ui/isNumeric'
import type { Selection } from './useSelection'

/** Rows have one fixed height so the virtualizer can place them without measuring. */
export const ROW_HEIGHT = 41

interface LeadRowProps {
  row: Row<TableLead>
  index: number
  selection: Selection
  onOpen: (id: number) => void
}

/** One lead: a click or Enter opens it; the checkbox (and Space on the row) selects it instead. */
export function LeadRow({ row, index, selection, onOpen }: LeadRowProps) {
  const lead = row.original
  const selected = selection.has(lead.id)
  const name = dealRowName(lead)
  return (
    <tr
      tabIndex={0}
      aria-label={name}
      aria-rowindex={index + 2}
      className={`clickable${selected ? ' lead-table__row--selected' : ''}`}
      style={{ height: ROW_HEIGHT }}
      onClick={() => onOpen(lead.id)}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return
        if (event.key === 'Enter') onOpen(lead.id)
        if (event.key === ' ') {
          event.preventDefault()
          selection.toggle(index, event.shiftKey)
        }
      }}
    >
      <td className="lead-table__check" onClick={(event) => event.stopPropagation()}>
        <input
          type="checkbox"
          aria-label={`Select ${name}`}
          checked={selected}
          // onClick, not onChange: only the mouse event says whether shift was held.
          onClick={(event) => selection.toggle(index, event.shiftKey)}
          onChange={() => undefined}
        />
      </td>
      {row.getVisibleCells().map((cell) => {
        return (
          <td key={cell.id} className={isNumeric(cell.column.columnDef.meta) ? 'numeric' : undefined}>
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </td>
        )
      })}
    </tr>
  )
}
