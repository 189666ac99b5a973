/** A tiny line of a tile's values over the period; gaps (undefined figures) break the line. */
export function Sparkline({ values, width = 160, height = 26 }: { values: Array<number | null>; width?: number; height?: number }) {
  const known = values.filter((v): v is number => v !== null)
  if (known.length < 2) return <svg className="sparkline" viewBox={`0 0 ${width} ${height}`} aria-hidden="true" />
  const min = Math.min(...known, 0)
  const max = Math.max(...known)
  const span = max - min || 1
  const step = values.length > 1 ? width / (values.length - 1) : width
  let path = ''
  let pen = false
  values.forEach((value, i) => {
    if (value === null) {
      pen = false
      return
    }
    const x = (i * step).toFixed(1)
    const y = (height - 2 - ((value - min) / span) * (height - 4)).toFixed(1)
    path += `${pen ? 'L' : 'M'}${x} ${y} `
    pen = true
  })
  return (
    <svg className="sparkline" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" aria-hidden="true">
      <path d={path.trim()} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" strokeLinecap="round" vectorEffect="non-scaling-stroke" />
    </svg>
  )
}
