import { columnShowsCents, formatCell, type ReportTable } from '@shared/domain/report'
import { navigate } from '../../app/router'

const numeric = (kind: string) => kind !== 'text'

/** A heat table's ratio cell tinted by its value (0 … 1), so a cohort table reads at a glance. */
const heatStyle = (table: ReportTable, kind: string, cell: unknown) =>
  table.shading === 'heat' && kind === 'ratio' && typeof cell === 'number' ? { background: `color-mix(in srgb, var(--accent) ${Math.round(8 + Math.min(cell, 1) * 52)}%, transparent)` } : undefined

/** A report table as people read it; rows with a link open the leads or campaign behind them. */
export function ReportTableView({ table, currency, locale, interactive = true }: { table: ReportTable; currency: string; locale: string; interactive?: boolean }) {
  const all = table.totals ? [...table.rows, table.totals] : table.rows
  const cents = table.columns.map((column, i) => column.kind === 'money' && columnShowsCents(all, i))
  return (
    <section className={table.shading === 'heat' ? 'report-table report-table--heat' : 'report-table'} aria-labelledby={`table-${table.id}`}>
      <h3 id={`table-${table.id}`}>{table.title}</h3>
      {table.rows.length === 0 ? (
        <p className="report-table__empty">{table.empty}</p>
      ) : (
        <div className="report-table__scroll">
          <table className="data-table">
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column.key} scope="col" className={numeric(column.kind) ? 'numeric' : undefined}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => {
                const link = interactive ? table.links?.[r] : null
                return (
                  <tr key={r} className={link ? 'clickable' : undefined} onClick={link ? () => navigate(link.path, link.params) : undefined}>
                    {row.map((cell, c) => {
                      const column = table.columns[c]!
                      const text = formatCell(cell, column.kind, currency, locale, { cents: cents[c] })
                      return c === 0 && link ? (
                        <th key={c} scope="row">
                          <a href={`#${link.path}`} onClick={(e) => e.preventDefault()}>
                            {text}
                          </a>
                        </th>
                      ) : (
                        <td key={c} className={numeric(column.kind) ? 'numeric' : undefined} style={heatStyle(table, column.kind, cell)}>
                          {text}
                        </td>
                      )
                    })}
                  </tr>
                )
              })}
            </tbody>
            {table.totals && (
              <tfoot>
                <tr>
                  {table.totals.map((cell, c) => (
                    <td key={c} className={numeric(table.columns[c]!.kind) ? 'numeric' : undefined}>
                      {c === 0 ? cell : formatCell(cell, table.columns[c]!.kind, currency, locale, { cents: cents[c] })}
                    </td>
                  ))}
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
    </section>
  )
}
