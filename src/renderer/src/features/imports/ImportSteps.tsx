import type { ImportKind } from '@shared/domain/imports'
import type { Step } from './useImportFlow'

const STEPS = [
  { id: 'pick', label: 'File' },
  { id: 'map', label: 'Columns' },
  { id: 'values', label: 'Names' },
  { id: 'preview', label: 'Preview' },
  { id: 'import', label: 'Import' },
] as const

const indexOf = (step: Step) => (step.kind === 'job' ? (step.mode === 'preview' ? 3 : 4) : STEPS.findIndex((s) => s.id === step.kind))

/** Where the person is in the import: file, columns, names (leads only), preview, import. */
export function ImportSteps({ step, kind }: { step: Step; kind: ImportKind }) {
  const current = indexOf(step)
  const steps = kind === 'campaigns' ? STEPS.filter((s) => s.id !== 'values') : STEPS
  return (
    <ol className="import-steps" aria-label="Import steps">
      {steps.map((s, i) => {
        const at = STEPS.indexOf(s)
        const state = at < current ? 'done' : at === current ? 'current' : 'next'
        return (
          <li key={s.id} className={`import-steps__step import-steps__step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="import-steps__dot" aria-hidden="true">
              {state === 'done' ? '✓' : i + 1}
            </span>
            {s.label}
          </li>
        )
      })}
    </ol>
  )
}

/** A sheet of paper with a corner folded and an arrow into it. */
export function FileArt() {
  return (
    <svg viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" className="import-pick__art">
      <path d="M12 5h17l9 9v29H12z" fill="var(--accent-soft)" stroke="var(--accent)" strokeWidth="2" strokeLinejoin="round" />
      <path d="M29 5v9h9" fill="none" stroke="var(--accent)" strokeWidth="2" strokeLinejoin="round" />
      <path d="M25 21v13m-5-5 5 5 5-5" fill="none" stroke="var(--accent)" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}
