import { useState } from 'react'
import type { PickedFile } from '@shared/contract/imports'
import {
  EMPTY_VALUE_MAP,
  guessReading,
  type CloseDayFallback,
  type ColumnMapping,
  type CurrencyChoice,
  type CustomColumnChoice,
  type ImportKind,
  type ImportOptions,
  type TextEncoding,
  type UnknownValues,
  type ValueMap,
} from '@shared/domain/imports'
import type { ImportChoices } from './ImportOptionsForm'
import { usePickImportFile, useReadFile, useStartImport, useUnknownValues } from './imports.queries'
import { hasUnknowns, withSuggestions } from './valueChoices'

// The import dialog's state and what moves it on: pick a file, read it again with another header
// row or encoding, map its columns (the date order and decimal mark follow the mapped columns
// until the person sets them), choose for the names Baton lacks, preview, answer what the preview
// asks (rates for other currencies, a day for deals closed without one), import.

export type Step = { kind: 'pick' } | { kind: 'map' } | { kind: 'values'; unknowns: UnknownValues } | { kind: 'job'; jobId: number; mode: 'preview' | 'import' }

/** What the preview asks and the person answers. */
export interface Decisions {
  currencies: Record<string, CurrencyChoice>
  closeDayFallback: CloseDayFallback | null
}

const NO_DECISIONS: Decisions = { currencies: {}, closeDayFallback: null }

export function useImportFlow(pipelineId: number | null) {
  const [step, setStep] = useState<Step>({ kind: 'pick' })
  const [file, setFile] = useState<PickedFile | null>(null)
  const [mapping, setMappingState] = useState<ColumnMapping>([])
  /** Columns kept in custom fields (an existing one, or one the import makes). */
  const [customColumns, setCustomColumns] = useState<Array<CustomColumnChoice | null>>([])
  const [kind, setKind] = useState<ImportKind>('leads')
  const [valueMap, setValueMap] = useState<ValueMap>(EMPTY_VALUE_MAP)
  const [choices, setChoicesState] = useState<ImportChoices>({ duplicates: 'skip', dayOrder: 'dmy', decimalMark: '.', createCampaigns: true, createStages: true })
  /** The reading options the person set by hand: a new mapping no longer re-guesses them. */
  const [touched, setTouched] = useState({ dayOrder: false, decimalMark: false })
  const [decisions, setDecisions] = useState<Decisions>(NO_DECISIONS)
  const pick = usePickImportFile()
  const read = useReadFile()
  const start = useStartImport()
  const unknownValues = useUnknownValues()

  const load = (picked: PickedFile) => {
    setFile(picked)
    setMappingState(picked.mapping)
    setCustomColumns([])
    setKind(picked.kind)
    setValueMap({ ...EMPTY_VALUE_MAP, ...picked.valueMap })
    setChoicesState((current) => ({ ...current, dayOrder: picked.dayOrder, decimalMark: picked.decimalMark }))
    setTouched({ dayOrder: false, decimalMark: false })
    setDecisions(NO_DECISIONS)
    setStep({ kind: 'map' })
  }
  const choose = () => pick.mutate(undefined, { onSuccess: (picked) => picked && load(picked) })
  const reread = (headerRow: number | null, encoding: TextEncoding | null) => {
    if (file) read.mutate({ fileId: file.fileId, headerRow, encoding }, { onSuccess: load })
  }

  const setMapping = (next: ColumnMapping) => {
    setMappingState(next)
    if (!file) return
    const guess = guessReading(next, file.hints)
    setChoicesState((current) => ({
      ...current,
      ...(guess.dayOrder && !touched.dayOrder && { dayOrder: guess.dayOrder }),
      ...(guess.decimalMark && !touched.decimalMark && { decimalMark: guess.decimalMark }),
    }))
  }
  const setChoices = (next: ImportChoices) => {
    setTouched((current) => ({ dayOrder: current.dayOrder || next.dayOrder !== choices.dayOrder, decimalMark: current.decimalMark || next.decimalMark !== choices.decimalMark }))
    setChoicesState(next)
  }
  const switchKind = (next: ImportKind) => {
    if (!file) return
    setKind(next)
    setMapping(next === file.kind ? file.mapping : file.guesses[next])
  }

  const options = (map: ValueMap, answers: Decisions): ImportOptions => ({
    mapping,
    ...choices,
    pipelineId,
    kind,
    valueMap: map,
    headerRow: file?.headerRow ?? null,
    encoding: file?.textEncoding ?? null,
    currencies: answers.currencies,
    closeDayFallback: answers.closeDayFallback,
    customColumns: kind === 'campaigns' ? [] : customColumns,
  })
  const run = (mode: 'preview' | 'import', map = valueMap, answers = decisions) => {
    if (!file) return
    start.mutate({ fileId: file.fileId, mode, options: options(map, answers) }, { onSuccess: ({ jobId }) => setStep({ kind: 'job', jobId, mode }) })
  }
  /** Leads go through the names Baton lacks first (when the file has any); campaigns straight to the preview. */
  const next = () => {
    if (!file) return
    if (kind === 'campaigns') return run('preview')
    unknownValues.mutate(
      { fileId: file.fileId, options: options(valueMap, decisions) },
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
  /** The person's answers to the preview's questions: remembered, and the preview runs again with them. */
  const decide = (answers: Decisions) => {
    setDecisions(answers)
    run('preview', valueMap, answers)
  }

  return {
    step,
    setStep,
    file,
    mapping,
    setMapping,
    customColumns,
    setCustomColumns,
    kind,
    switchKind,
    valueMap,
    setValueMap,
    choices,
    setChoices,
    decisions,
    choose,
    reread,
    next,
    run,
    decide,
    picking: pick.isPending,
    reading: read.isPending,
    busy: start.isPending || unknownValues.isPending || read.isPending,
    starting: start.isPending,
    error: pick.error ?? read.error ?? start.error ?? unknownValues.error,
  }
}

export type ImportFlow = ReturnType<typeof useImportFlow>
