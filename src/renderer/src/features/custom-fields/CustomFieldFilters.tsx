import { useState } from 'react'
import type { CustomField } from '@shared/domain/customFields'
import { minorToInput, parseMoney } from '@shared/domain/money'
import { customParam } from './customFilterParams'

interface FiltersProps {
  fields: readonly CustomField[]
  params: URLSearchParams
  setParams: (next: Record<string, string | undefined>) => void
}

/** One control per live custom field, in the filter panel of the board and the tables. */
export function CustomFieldFilters({ fields, params, setParams }: FiltersProps) {
  return (
    <>
      {fields.map((field) => (
        <CustomFieldFilter key={field.id} field={field} params={params} setParams={setParams} />
      ))}
    </>
  )
}

function CustomFieldFilter({ field, params, setParams }: { field: CustomField; params: URLSearchParams; setParams: FiltersProps['setParams'] }) {
  const key = customParam(field.id)
  const current = params.get(key) ?? ''
  const set = (value: string | undefined) => setParams({ [key]: value })
  switch (field.type) {
    case 'choice':
    case 'choices':
      return (
        <label>
          {field.label}
          <select value={current.startsWith('is:') ? current.slice(3) : ''} onChange={(e) => set(e.target.value ? `is:${e.target.value}` : undefined)}>
            <option value="">Any</option>
            {field.options.map((option) => (
              <option key={option}>{option}</option>
            ))}
          </select>
        </label>
      )
    case 'yes_no':
      return (
        <label>
          {field.label}
          <select value={current} onChange={(e) => set(e.target.value || undefined)}>
            <option value="">Any</option>
            <option value="yn:1">Yes</option>
            <option value="yn:0">No</option>
          </select>
        </label>
      )
    case 'number':
    case 'money':
    case 'date':
      return (
        <>
          <RangeInput field={field} bound="min" params={params} setParams={setParams} />
          <RangeInput field={field} bound="max" params={params} setParams={setParams} />
        </>
      )
    default:
      return <TextFilter field={field} current={current} onCommit={set} />
  }
}

/** Text filters are sent when you leave the box or press Enter, not at every key. */
function TextFilter({ field, current, onCommit }: { field: CustomField; current: string; onCommit: (value: string | undefined) => void }) {
  const shown = current.startsWith('has:') ? current.slice(4) : ''
  const [text, setText] = useState(shown)
  const commit = () => onCommit(text.trim() ? `has:${text.trim()}` : undefined)
  return (
    <label>
      {field.label} contains
      <input value={text} onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
    </label>
  )
}

function RangeInput({ field, bound, params, setParams }: { field: CustomField; bound: 'min' | 'max'; params: URLSearchParams; setParams: FiltersProps['setParams'] }) {
  const key = customParam(field.id, bound)
  const raw = params.get(key) ?? ''
  const word = field.type === 'date' ? (bound === 'min' ? 'from' : 'to') : bound === 'min' ? 'at least' : 'at most'
  const [text, setText] = useState(field.type === 'money' && raw ? minorToInput(Number(raw)) : raw)
  if (field.type === 'date') {
    return (
      <label>
        {field.label} {word}
        <input type="date" value={raw} onChange={(e) => setParams({ [key]: e.target.value || undefined })} />
      </label>
    )
  }
  const commit = () => {
    const value = text.trim()
    if (value === '') return setParams({ [key]: undefined })
    const n = field.type === 'money' ? parseMoney(value) : Number(value.replace(/[\s,]/g, ''))
    if (n !== null && Number.isFinite(n)) setParams({ [key]: String(n) })
  }
  return (
    <label>
      {field.label} {word}
      <input inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
    </label>
  )
}
