import { errorMessage } from '../../api/errors'
import { Dialog } from '../../ui/Dialog'
import { FileBar } from './FileBar'
import { FileKindChoice } from './FileKindChoice'
import { ImportJobView } from './ImportJobView'
import { ImportOptionsForm } from './ImportOptionsForm'
import { FileArt, ImportSteps } from './ImportSteps'
import { MappingStep } from './MappingStep'
import { UnknownValuesStep } from './UnknownValuesStep'
import { useImportFlow } from './useImportFlow'
import './imports.css'

/** Import leads or campaigns from CSV or XLSX: pick a file, map its columns (and unknown names), preview, import, undo. */
export function ImportDialog({ pipelineId, onClose }: { pipelineId: number | null; onClose: () => void }) {
  const flow = useImportFlow(pipelineId)
  const { step, file, kind } = flow
  const footer =
    step.kind === 'map' ? (
      <StepFooter
        back="Choose another file"
        onBack={() => flow.setStep({ kind: 'pick' })}
        onNext={flow.next}
        busy={flow.busy}
        nextLabel={flow.busy ? 'Reading the file…' : kind === 'campaigns' ? 'Preview' : 'Next'}
      />
    ) : step.kind === 'values' ? (
      <StepFooter back="Back to the columns" onBack={() => flow.setStep({ kind: 'map' })} onNext={() => flow.run('preview')} busy={flow.busy} nextLabel="Preview" />
    ) : undefined

  return (
    <Dialog title={kind === 'campaigns' ? 'Import campaigns' : kind === 'contacts' ? 'Import people and organisations' : 'Import leads'} open onClose={onClose} wide footer={footer}>
      <div className="import-dialog">
        <ImportSteps step={step} kind={kind} />
        {flow.error && (
          <p className="form-error" role="alert">
            {errorMessage(flow.error)}
          </p>
        )}
        {step.kind === 'pick' && (
          <div className="import-pick">
            <FileArt />
            <div>
              <p className="import-pick__lead">Bring in your leads, deals or campaigns</p>
              <p className="muted">
                A CSV or Excel (.xlsx) file from a spreadsheet or another CRM — Pipedrive, HubSpot, Salesforce, Zoho and Twenty exports are recognised, in English, German, French,
                Spanish, Dutch, Italian or Portuguese. Nothing is saved until you have seen a preview, and every import can be undone.
              </p>
            </div>
            <button type="button" className="button button--primary" onClick={flow.choose} disabled={flow.picking}>
              {flow.picking ? 'Reading the file…' : 'Choose a file…'}
            </button>
          </div>
        )}
        {step.kind === 'map' && file && (
          <>
            <FileBar file={file} reading={flow.reading} onReread={flow.reread} />
            <FileKindChoice value={kind} onChange={flow.switchKind} />
            {kind === 'contacts' && (
              <p className="import-notice import-notice--info" role="note">
                Each row becomes a person (with their organisation), or an organisation when it names no person. No deals are made; the preview counts what the file
                will create.
              </p>
            )}
            <MappingStep
              file={file}
              kind={kind}
              mapping={flow.mapping}
              onChange={flow.setMapping}
              customColumns={flow.customColumns}
              onCustomChange={flow.setCustomColumns}
            />
            <ImportOptionsForm kind={kind} value={flow.choices} onChange={flow.setChoices} />
          </>
        )}
        {step.kind === 'values' && <UnknownValuesStep unknowns={step.unknowns} valueMap={flow.valueMap} onChange={flow.setValueMap} createCampaigns={flow.choices.createCampaigns} />}
        {step.kind === 'job' && (
          <ImportJobView
            jobId={step.jobId}
            mode={step.mode}
            decisions={flow.decisions}
            onDecide={flow.decide}
            onBackToMapping={() => flow.setStep({ kind: 'map' })}
            onImport={() => flow.run('import')}
            importing={flow.starting}
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
