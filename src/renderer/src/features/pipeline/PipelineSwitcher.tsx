import type { Pipeline } from '@shared/domain/pipelines'

const NEW = 'new'

/** A firm may run several pipelines (new business, renewals…): pick one, or start another. */
export function PipelineSwitcher({ pipelines, current, onChange, onNew }: { pipelines: Pipeline[]; current: number; onChange: (id: number) => void; onNew: () => void }) {
  return (
    <select
      className="pipeline-switcher"
      aria-label="Pipeline"
      value={current}
      onChange={(event) => (event.target.value === NEW ? onNew() : onChange(Number(event.target.value)))}
    >
      {pipelines.map((pipeline) => (
        <option key={pipeline.id} value={pipeline.id}>
          {pipeline.name}
        </option>
      ))}
      <option value={NEW}>+ New pipeline…</option>
    </select>
  )
}
