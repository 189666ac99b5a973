import { useState, type ReactNode } from 'react'

/**
 * A person's or organisation's own fields, read as facts and edited in place: the card turns
 * into the form and back. Fields a firm adds (custom fields) belong in the facts and the form.
 */
export function DetailsCard({ id, facts, form }: { id: string; facts: ReactNode; form: (done: () => void) => ReactNode }) {
  const [editing, setEditing] = useState(false)
  return (
    <section className="card campaign-card" aria-labelledby={id}>
      <header className="campaign-card__header">
        <h2 id={id}>Details</h2>
        {!editing && (
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            Edit details
          </button>
        )}
      </header>
      {editing ? form(() => setEditing(false)) : facts}
    </section>
  )
}
