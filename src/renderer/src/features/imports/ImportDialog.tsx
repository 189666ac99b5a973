import { useState } from 'react'
import type { PickedFile } from '@shared/contract/imports'
import type { ColumnMapping } from '@shared/domain/imports'
import { errorMessage } from '../../api/errors'
import { Dialog } from '../../ui/Dialog'
import { Icon } from '../../ui/icons'
import { ImportOptionsForm, type ImportChoices } from './ImportOptionsForm'
import { ImportJobView } from './ImportJobView'
import { MappingStep } from './MappingStep'
import { usePickImportFile, useStartImport } from './imports.queries'
import './imports.css'

type Step = { kind: 'pick' } | { kind: 'map' } | { kind: 'job'; jobId: number; mode: 'preview' | 'import' }

/** Import leads from CSV or XLSX: pick a file, map its columns, preview, import, undo. */
export function ImportDialog({ pipelineId, onClose }: { pipelineId: number | null; onClose: () => void }) {
  const [step, setStep] = useState<Step>({ kind: 'pick' })
  const [file, setFile] = useState<PickedFile | null>(null)
  const [mapping, setMapping] = useState<ColumnMapping>([])
  const [choices, setChoices] = useState<ImportChoices>({ duplicates: 'skip', dayOrder: 'dmy', decimalMark: '.', createCampaigns: true, createStages: false })
  const pick = usePickImportFile()
  const start = useStartImport()

  const choose = () =>
    pick.mutate(undefined, {
      onSuccess: (picked) => {
        if (!picked) return
        setFile(picked)
        setMapping(picked.mapping)
        setChoices((current) => ({ ...current, dayOrder: picked.dayOrder, decimalMark: picked.decimalMark }))
        setStep({ kind: 'map' })
      },
    })
  const run = (mode: 'preview' | 'import') => {
    if (!file) return
    start.mutate({ fileId: file.fileId, mode, options: { mapping, ...choices, pipelineId } }, { onSuccess: ({ jobId }) => setStep({ kind: 'job', jobId, mode }) })
  }
  const error = pick.error ?? start.error

  return (
    <Dialog title="Import leads" open onClose={onClose} wide footer={step.kind === 'map' ? <MapFooter onBack={() => setStep({ kind: 'pick' })} onPreview={() => run('preview')} busy={start.isPending} /> : undefined}>
      <div className="import-dialog">
        {error && (
          <p className="form-error" role="alert">
            {errorMessage(error)}
          </p>
        )}
        {step.kind === 'pick' && (
          <div className="import-pick">
            <p>Bring in leads from a spreadsheet (CSV or Excel .xlsx) or from another CRM’s export — Pipedrive, HubSpot and Twenty files are recognised. Nothing is saved until you have seen a preview.</p>
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
            <MappingStep file={file} mapping={mapping} onChange={setMapping} />
            <ImportOptionsForm value={choices} onChange={setChoices} />
          </>
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

function MapFooter({ onBack, onPreview, busy }: { onBack: () => void; onPreview: () => void; busy: boolean }) {
  return (
    <>
      <button type="button" className="button" onClick={onBack}>
        Choose another file
      </button>
      <span className="spacer" />
      <button type="button" className="button button--primary" onClick={onPreview} disabled={busy}>
        Preview
      </button>
    </>
  )
}
