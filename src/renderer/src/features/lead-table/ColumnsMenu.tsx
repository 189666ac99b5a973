import type { ColumnSet } from '../../ui/columnLayout'
import { ColumnsMenu as SharedColumnsMenu } from '../../ui/ColumnsMenu'
import type { ColumnLayout, LeadColumnId } from './columnLayout'

/** The lead table's columns menu: the shared one over the lead columns and the custom fields'. */
export function ColumnsMenu({ set, layout, onChange }: { set: ColumnSet<LeadColumnId>; layout: ColumnLayout; onChange: (next: ColumnLayout) => void }) {
  return <SharedColumnsMenu set={set} layout={layout} onChange={onChange} />
}
