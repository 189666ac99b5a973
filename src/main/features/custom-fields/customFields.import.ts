import { guessFieldType, type CustomField, type CustomFieldEntity, type CustomValue } from '@shared/domain/customFields'
import { isRealDate } from '@shared/domain/dates'
import { parseMoney } from '@shared/domain/money'
import type { Db } from '../context'
import { createCustomField } from './customFields.service'

// What an import needs of custom fields: the entity's definitions (listCustomFields), a new
// field made from an unmapped column in one step with its type guessed from the column's values,
// each cell read as the field's type, and many records' values written at once
// (writeCustomValuesInBulk in customFields.values.ts).

/** Makes a field named after a file's column, typed by what the column holds (choices found in it). */
export async function createGuessedField(db: Db, entity: CustomFieldEntity, label: string, sampleValues: readonly string[]): Promise<CustomField> {
  const guess = guessFieldType(sampleValues)
  return createCustomField(db, { entity, label: label.trim().slice(0, 80) || 'Imported field', type: guess.type, options: guess.options, helpText: null, required: false })
}

const YES = new Set(['yes', 'y', 'true', '1', 'ja', 'oui', 'sí', 'si', 'x', '✓'])
const NO = new Set(['no', 'n', 'false', '0', 'nein', 'non'])

function dayOf(text: string): string | null {
  if (isRealDate(text)) return text
  const match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text)
  if (!match) return null
  const [, a = '', b = '', year = ''] = match
  // Day first unless that cannot be (13/02 is the 13th; 02/13 is February 13th).
  const [day, month] = Number(a) > 12 ? [a, b] : Number(b) > 12 ? [b, a] : [a, b]
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  return isRealDate(iso) ? iso : null
}

/**
 * A file's cell as a value of the field: numbers and amounts read with separators, yes/no in
 * several languages, dates as YYYY-MM-DD or day/month/year, several choices split on ; or |.
 * What cannot be read is passed on as text, so the check names the field and the value.
 */
export function importedValue(field: CustomField, cell: string): CustomValue {
  const text = cell.trim()
  if (text === '') return null
  switch (field.type) {
    case 'number': {
      const n = Number(text.replace(/[\s,]/g, ''))
      return Number.isFinite(n) ? n : text
    }
    case 'money': {
      const negative = /^-/.test(text)
      const minor = parseMoney(text.replace(/^-/, '').replace(/\s?(EUR|USD|GBP)$/i, ''))
      return minor === null ? text : negative ? -minor : minor
    }
    case 'yes_no':
      return YES.has(text.toLowerCase()) ? true : NO.has(text.toLowerCase()) ? false : text
    case 'date':
      return dayOf(text) ?? text
    case 'choices':
      return text
        .split(/[;|]/)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => field.options.find((o) => o.toLowerCase() === s.toLowerCase()) ?? s)
    case 'choice':
      return field.options.find((o) => o.toLowerCase() === text.toLowerCase()) ?? text
    default:
      return text
  }
}
