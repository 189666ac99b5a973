/** A SHA-256 fingerprint in groups of eight pairs that wrap whole, so two people can read it out and compare. */
export function Fingerprint({ value }: { value: string }) {
  const pairs = value.split(':')
  const groups = Array.from({ length: Math.ceil(pairs.length / 8) }, (_, i) => pairs.slice(i * 8, i * 8 + 8).join(':'))
  return (
    <code className="fingerprint" aria-label={`Fingerprint ${value}`}>
      {groups.map((group, i) => (
        <span key={i} className="fingerprint__group">
          {group}
          {i < groups.length - 1 ? ':' : ''}
        </span>
      ))}
    </code>
  )
}
