import { checkCustomValues } from '@shared/contract/customFieldValues'
import { customValueText, ENTITY_LABELS, fieldKeyFrom, isChoiceType, MAX_CHOICES, MAX_FIELDS_PER_ENTITY, type CustomField, type CustomFieldEntity, type CustomValue } from '@shared/domain/customFields'
import type { CustomColumnChoice } from '@shared/domain/imports'
import { AppError } from '@shared/errors'
import { importedValue } from '../custom-fields/customFields.import'
import { RECORD_COLUMN, toCustomField, type CustomFieldRow } from '../custom-fields/customFields.repo'
import { valueRowsOf } from '../custom-fields/customFields.values'
import type { ImportConnection } from './importConnection'
import type { CellNote } from './rowOutcome'

// A file's columns that no Baton field takes, kept in custom fields: one the firm has, or one the
// import makes in the same step (inside the import's transaction, so a preview or a cancel leaves
// no field behind). Each cell is read as its field's type; a cell that cannot be is left out with
// a warning on its row, never the whole row. Empty cells leave saved values alone. What a value
// replaced on a record that was there before is kept for undo (import_batch_custom_values).

interface KeptColumn {
  column: number
  header: string
  field: CustomField
  /** Made by this import: choices met in later rows are added to it. */
  made: boolean
}

export interface KeptValue {
  kept: KeptColumn
  value: CustomValue
}

/** The records a row wrote, by entity (absent or null: the row has none of that kind). */
export type RowRecords = Partial<Record<CustomFieldEntity, number | null>>

const parseRow = (row: Record<string, unknown>): CustomField =>
  toCustomField({ ...(row as CustomFieldRow), id: Number(row['id']), required: Number(row['required']), position: Number(row['position']) })

export class CustomColumns {
  private readonly remembered = new Set<string>()
  private readonly grown = new Set<CustomField>()

  private constructor(
    private readonly db: ImportConnection,
    readonly columns: readonly KeptColumn[],
    private readonly batchId: number,
    /** By entity: records with a larger id were made by this import (undo removes them whole). */
    private readonly lastIdBefore: Record<CustomFieldEntity, number>,
  ) {}

  /** Finds the chosen fields and makes the new ones (refusing a name the entity already has). */
  static async load(
    db: ImportConnection,
    choices: ReadonlyArray<CustomColumnChoice | null> | undefined,
    headers: readonly string[],
    batchId: number,
    now: string,
    lastIdBefore: Record<CustomFieldEntity, number>,
  ): Promise<CustomColumns> {
    const columns: KeptColumn[] = []
    for (const [column, choice] of (choices ?? []).entries()) {
      if (!choice || column >= headers.length) continue
      const header = headers[column] ?? ''
      if (choice.kind === 'existing') {
        const row = await db.prepare('SELECT * FROM custom_fields WHERE id = ?').get<Record<string, unknown>>(choice.fieldId)
        if (!row) throw new AppError('not_found', `The custom field chosen for “${header}” no longer exists. Choose again.`, 'customColumns')
        columns.push({ column, header, field: parseRow(row), made: false })
      } else {
        const field = await makeField(db, choice, now)
        await db.prepare('INSERT INTO import_batch_fields (batch_id, field_id) VALUES (?, ?)').run(batchId, field.id)
        columns.push({ column, header, field, made: true })
      }
    }
    return new CustomColumns(db, columns, batchId, lastIdBefore)
  }

  /** A row's values, each read as its field's type; what cannot be read is a warning and left out. */
  read(cells: readonly string[]): { values: KeptValue[]; warnings: CellNote[] } {
    const values: KeptValue[] = []
    const warnings: CellNote[] = []
    for (const kept of this.columns) {
      const { field } = kept
      const cell = cells[kept.column] ?? ''
      if (cell.trim() === '') continue
      const value = importedValue(field, cell)
      if (kept.made) this.addChoices(field, value)
      const checked = checkCustomValues([{ ...field, required: false }], { [field.key]: value }, 'update')
      const typed = checked.values.get(field.id)
      if (checked.problem || typed === undefined || typed === null) {
        warnings.push({ column: kept.header, reason: `${checked.problem?.message ?? `${field.label} is not valid`} — “${cell.trim()}” was left out` })
        continue
      }
      values.push({ kept, value: typed })
    }
    return { values, warnings }
  }

  /** What the preview shows of a row's values, by field label. */
  static preview(values: readonly KeptValue[]): Array<{ label: string; value: string }> {
    return values.map(({ kept, value }) => ({ label: kept.field.label, value: customValueText(kept.field, value) }))
  }

  /** Writes a row's values on its records (a value replaces what the record had in that field). */
  async write(values: readonly KeptValue[], records: RowRecords): Promise<void> {
    for (const { kept, value } of values) {
      const { field } = kept
      const recordId = records[field.entity]
      if (recordId === undefined || recordId === null) continue
      const column = RECORD_COLUMN[field.entity]
      if (recordId <= this.lastIdBefore[field.entity]) await this.remember(field, recordId)
      await this.db.prepare(`DELETE FROM custom_field_values WHERE field_id = ? AND ${column} = ?`).run(field.id, recordId)
      const insert = this.db.prepare(
        'INSERT INTO custom_field_values (field_id, lead_id, person_id, organization_id, item, text_value, number_value, integer_value, date_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      for (const row of valueRowsOf(field, recordId, value)) {
        await insert.run(row.field_id, row.lead_id ?? null, row.person_id ?? null, row.organization_id ?? null, row.item ?? 0, row.text_value ?? null, row.number_value ?? null, row.integer_value ?? null, row.date_value ?? null)
      }
    }
  }

  /** Saves the choices the file added to the fields it made. */
  async finish(now: string): Promise<void> {
    for (const field of this.grown) await this.db.prepare('UPDATE custom_fields SET options = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(field.options), now, field.id)
  }

  /** The fields this import made, by label (the outcome names them). */
  get made(): string[] {
    return this.columns.filter((c) => c.made).map((c) => c.field.label)
  }

  /** A choice field made from a sample of the file learns the choices later rows bring (up to the limit). */
  private addChoices(field: CustomField, value: CustomValue) {
    if (!isChoiceType(field.type)) return
    for (const choice of Array.isArray(value) ? value : typeof value === 'string' ? [value] : []) {
      if (field.options.length >= MAX_CHOICES || choice.length > 60 || field.options.some((o) => o.toLowerCase() === choice.toLowerCase())) continue
      field.options.push(choice)
      this.grown.add(field)
    }
  }

  /** The record's value rows of the field as they were before this import first wrote over them. */
  private async remember(field: CustomField, recordId: number) {
    const key = `${field.id}:${recordId}`
    if (this.remembered.has(key)) return
    this.remembered.add(key)
    const column = RECORD_COLUMN[field.entity]
    const rows = await this.db.prepare(`SELECT item, text_value, number_value, integer_value, date_value FROM custom_field_values WHERE field_id = ? AND ${column} = ? ORDER BY item`).all(field.id, recordId)
    await this.db
      .prepare('INSERT INTO import_batch_custom_values (batch_id, field_id, record_kind, record_id, before) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING')
      .run(this.batchId, field.id, field.entity, recordId, JSON.stringify(rows))
  }
}

/** A new field at the end of its entity's list, keyed like one made in Settings. */
async function makeField(db: ImportConnection, choice: Extract<CustomColumnChoice, { kind: 'new' }>, now: string): Promise<CustomField> {
  const label = choice.label.trim().slice(0, 80)
  const where = ENTITY_LABELS[choice.entity].many.toLowerCase()
  const existing = await db.prepare('SELECT key, label, archived_at FROM custom_fields WHERE entity = ?').all<{ key: string; label: string; archived_at: string | null }>(choice.entity)
  const same = existing.find((f) => f.label.toLowerCase() === label.toLowerCase())
  if (same) {
    const pick = same.archived_at === null ? 'choose it in the list instead' : 'it is archived: restore it in Settings, then choose it'
    throw new AppError('conflict', `A field called “${same.label}” is already on ${where}: ${pick}.`, 'customColumns')
  }
  if (existing.length >= MAX_FIELDS_PER_ENTITY) throw new AppError('rule', `${ENTITY_LABELS[choice.entity].many} can have at most ${MAX_FIELDS_PER_ENTITY} custom fields; “${label}” cannot be added.`, 'customColumns')
  const taken = new Set(existing.map((f) => f.key))
  const base = fieldKeyFrom(label)
  let key = base
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`
  const position = Number((await db.prepare('SELECT coalesce(max(position), -1) FROM custom_fields WHERE entity = ?', { pluck: true }).get(choice.entity)) ?? -1) + 1
  const options = isChoiceType(choice.type) ? [...new Set(choice.options)].slice(0, MAX_CHOICES) : []
  const row = await db
    .prepare('INSERT INTO custom_fields (entity, key, label, type, options, help_text, required, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, NULL, 0, ?, ?, ?) RETURNING *')
    .get<Record<string, unknown>>(choice.entity, key, label, choice.type, JSON.stringify(options), position, now, now)
  return parseRow(row!)
}
