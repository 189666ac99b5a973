/** The non-empty lines of a text area, trimmed (emails, phones, aliases: one a line). */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

export function TagBadges({ tags }: { tags: string[] }) {
  return (
    <span className="lead-table__tags">
      {tags.map((tag) => (
        <span key={tag} className="badge">
          {tag}
        </span>
      ))}
    </span>
  )
}
