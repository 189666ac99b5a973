import type { CustomField, CustomValue } from '@shared/domain/customFields'
import { minorToInput, parseMoney } from '@shared/domain/money'
import { money } from '../../ui/format'

// Between a field's value and what its input shows and reads.

/** What a text-like input shows for a value. */
export function inputTextOf(field: CustomField, value: CustomValue | undefined): string {
  if (value === null || value === undefined) return ''
  if (field.type === 'money' && typeof value === 'number') return minorToInput(value)
  if (Array.isArray(value)) return value.join('; ')
  return String(value)
}

/** What a person typed, as the value to send (a number for numbers and amounts when it reads as one; the check explains the rest). */
export function valueFromInput(field: CustomField, text: string): CustomValue {
  const trimmed = text.trim()
  if (trimmed === '') return null
  if (field.type === 'number') {
    const n = Number(trimmed.replace(/[\s,]/g, ''))
    return Number.isFinite(n) ? n : trimmed
  }
  if (field.type === 'money') return parseMoney(trimmed) ?? trimmed
  return trimmed
}

/** A value as a table cell or read-only text shows it. */
export function displayText(field: CustomField, value: CustomValue | undefined): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return ''
  if (field.type === 'money' && typeof value === 'number') return money(value)
  if (field.type === 'number' && typeof value === 'number') return value.toLocaleString('en-US', { maximumFractionDigits: 6 })
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (Array.isArray(value)) return value.join(', ')
  return String(value)
}
