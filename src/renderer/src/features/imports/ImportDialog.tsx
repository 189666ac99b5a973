import { useState } from 'react'
import type { PickedFile } from '@shared/contract/imports'
import { EMPTY_VALUE_MAP, type ColumnMapping, type ImportKind, type UnknownValues, type ValueMap } from '@shared/domain/imports'
import { errorMessage } from '../../api/errors'
import { Dialog } from '../../ui/Dialog'
import { Icon } from '../../ui/icons'
import { ImportOptionsForm, type ImportChoices } from './ImportOptionsForm'
import { FileKindChoice } from './FileKindChoice'
import { ImportJobView } from './ImportJobView'
import { MappingStep } from './MappingStep'
import { UnknownValuesStep } from './UnknownValuesStep'
import { usePickImportFile, useStartImport, useUnknownValues } from './imports.queries'
import { hasUnknowns, withSuggestions } from './valueChoices'
import './imports.css'

type Step = { kind: 'pick' } | { kind: 'map' } | { kind: 'values'; unknowns: UnknownValues } | { kind: 'job'; jobId: number; mode: 'preview' | 'import' }

/** Import leads or campaigns from CSV or XLSX: pick a file, map its columns (and unknown names), preview, import, undo. */
export function ImportDialog({ pipelineId, onClose }: { pipelineId: number | null; onClose: () => void }) {
  const [step, setStep] = useState<Step>({ kind: 'pick' })
  const [file, setFile] = useState<PickedFile | null>(null)
  const [mapping, setMapping] = useState<ColumnMapping>([])
  const [kind, setKind] = useState<ImportKind>('leads')
  const [valueMap, setValueMap] = useState<ValueMap>(EMPTY_VALUE_MAP)
  const [choices, setChoices] = useState<ImportChoices>({ duplicates: 'skip', dayOrder: 'dmy', decimalMark: '.', createCampaigns: true, createStages: false })
  const pick = usePickImportFile()
  const start = useStartImport()
  const unknownValues = useUnknownValues()

  const choose = () =>
    pick.mutate(undefined, {
      onSuccess: (picked) => {
        if (!picked) return
        setFile(picked)
        setMapping(picked.mapping)
        setKind(picked.kind)
        setValueMap(picked.valueMap)
        setChoices((current) => ({ ...current, dayOrder: picked.dayOrder, decimalMark: picked.decimalMark }))
        setStep({ kind: 'map' })
      },
    })
  const options = (map: ValueMap) => ({ mapping, ...choices, pipelineId, kind, valueMap: map })
  const run = (mode: 'preview' | 'import', map = valueMap) => {
    if (!file) return
    start.mutate({ fileId: file.fileId, mode, options: options(map) }, { onSuccess: ({ jobId }) => setStep({ kind: 'job', jobId, mode }) })
  }
  /** Leads go through the unknown names first (when the file has any); campaigns straight to the preview. */
  const next = () => {
    if (!file) return
    if (kind === 'campaigns') return run('preview')
    unknownValues.mutate(
      { fileId: file.fileId, options: options(valueMap) },
      {
        onSuccess: (unknowns) => {
          const map = withSuggestions(valueMap, unknowns)
          setValueMap(map)
          if (hasUnknowns(unknowns)) setStep({ kind: 'values', unknowns })
          else run('preview', map)
        },
      },
    )
  }
  const switchKind = (next: ImportKind) => {
    if (!file) return
    setKind(next)
    setMapping(next === file.kind ? file.mapping : file.guesses[next])
  }
  const error = pick.error ?? start.error ?? unknownValues.error
  const busy = start.isPending || unknownValues.isPending
  const footer =
    step.kind === 'map' ? (
      <StepFooter back="Choose another file" onBack={() => setStep({ kind: 'pick' })} onNext={next} busy={busy} nextLabel={busy ? 'Reading the file…' : kind === 'leads' ? 'Next' : 'Preview'} />
    ) : step.kind === 'values' ? (
      <StepFooter back="Back to the columns" onBack={() => setStep({ kind: 'map' })} onNext={() => run('preview')} busy={busy} nextLabel="Preview" />
    ) : undefined

  return (
    <Dialog title={kind === 'campaigns' ? 'Import campaigns' : 'Import leads'} open onClose={onClose} wide footer={footer}>
      <div className="import-dialog">
        {error && (
          <p className="form-error" role="alert">
            {errorMessage(error)}
          </p>
        )}
        {step.kind === 'pick' && (
          <div className="import-pick">
            <p>Bring in leads or campaigns from a spreadsheet (CSV or Excel .xlsx) or from another CRM’s export — Pipedrive, HubSpot and Twenty files are recognised. Nothing is saved until you have seen a preview.</p>
            <button type="button" className="button button--primary" onClick={choose} disabled={pick.isPending}>
              <Icon name="plus" /> {pick.isPending ? 'Reading the file…' : 'Choose a file…'}
            </button>
          </div>
        )}
        {step.kind === 'map' && file && (
          <>
            <p className="import-file">
              <strong>{file.fileName}</strong> · {file.encoding} · {file.headers.length} columns
              {file.remembered && <span className="badge import-remembered">Your saved column choices</span>}
            </p>
            <FileKindChoice value={kind} onChange={switchKind} />
            <MappingStep file={file} kind={kind} mapping={mapping} onChange={setMapping} />
            <ImportOptionsForm kind={kind} value={choices} onChange={setChoices} />
          </>
        )}
        {step.kind === 'values' && (
          <UnknownValuesStep unknowns={step.unknowns} valueMap={valueMap} onChange={setValueMap} createCampaigns={choices.createCampaigns} createStages={choices.createStages} />
        )}
        {step.kind === 'job' && (
          <ImportJobView
            jobId={step.jobId}
            mode={step.mode}
            onBackToMapping={() => setStep({ kind: 'map' })}
            onImport={() => run('import')}
            importing={start.isPending}
            onClose={onClose}
          />
        )}
      </div>
    </Dialog>
  )
}

function StepFooter({ back, onBack, onNext, nextLabel, busy }: { back: string; onBack: () => void; onNext: () => void; nextLabel: string; busy: boolean }) {
  return (
    <>
      <button type="button" className="button" onClick={onBack}>
        {back}
      </button>
      <span className="spacer" />
      <button type="button" className="button button--primary" onClick={onNext} disabled={busy}>
        {nextLabel}
      </button>
    </>
  )
}
