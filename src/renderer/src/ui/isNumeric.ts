/** Columns say `meta: { numeric: true }` to be right-aligned in tabular figures. */
export const isNumeric = (meta: unknown): boolean => Boolean((meta as { numeric?: boolean } | undefined)?.numeric)
