import { ColumnsMenu as SharedColumnsMenu } from '../../ui/ColumnsMenu'
import { LEAD_COLUMN_SET, type ColumnLayout } from './columnLayout'

/** The lead table's columns menu: the shared one over the lead columns. */
export function ColumnsMenu({ layout, onChange }: { layout: ColumnLayout; onChange: (next: ColumnLayout) => void }) {
  return <SharedColumnsMenu set={LEAD_COLUMN_SET} layout={layout} onChange={onChange} />
}
