import { sql, type RawBuilder } from 'kysely'
import type { CustomFilter } from '@shared/contract/customFieldValues'
import { valueColumnOf, type CustomField, type CustomFieldEntity } from '@shared/domain/customFields'
import { AppError } from '@shared/errors'
import type { SearchDocument, SearchMatch, SqlDialect } from '../../db/dialect'
import type { Db } from '../context'
import { findCustomField, RECORD_COLUMN } from './customFields.repo'

// Custom fields in a table's SQL: a filter is `<record id> IN (the field's matching values)`,
// which the value indexes (field_id, <typed column>) answer without reading every record; a
// sort orders by the field's first value under the record, typed, so numbers sort as numbers.

/**
 * One filter as a condition over `alias` (a leads, people or organizations row). It needs no
 * definition: a field's values sit in one typed column only, so `is 5` looks in the number
 * and integer columns and can only match the one the field uses.
 */
export function customFilterSql(dialect: SqlDialect, entity: CustomFieldEntity, alias: string, filter: CustomFilter): RawBuilder<boolean> {
  return valuesMatch(dialect, [[sql.ref(`${alias}.id`), RECORD_COLUMN[entity]]], filter)
}

/**
 * A filter on the board or the lead table, over the leads row `alias`: a lead field's value, or
 * its person's or organisation's ("Account tier is Strategic" shows the deals of Strategic accounts).
 * The field decides which: its values sit under one kind of record only.
 */
export function leadCustomFilterSql(dialect: SqlDialect, alias: string, filter: CustomFilter): RawBuilder<boolean> {
  return valuesMatch(
    dialect,
    [
      [sql.ref(`${alias}.id`), 'lead_id'],
      [sql.ref(`${alias}.person_id`), 'person_id'],
      [sql.ref(`${alias}.organization_id`), 'organization_id'],
    ],
    filter,
  )
}

/** Whether any of `records` (an id expression and the value column that points at it) has a value matching the filter. */
function valuesMatch(dialect: SqlDialect, records: ReadonlyArray<readonly [RawBuilder<unknown>, string]>, filter: CustomFilter): RawBuilder<boolean> {
  const values = (condition: RawBuilder<unknown>) =>
    sql<boolean>`(${sql.join(
      records.map(([id, column]) => {
        const record = sql.ref(`v.${column}`)
        // A deal without an organisation has no organisation value: false, not NULL (so "is empty" holds for it).
        return sql`(${id} IS NOT NULL AND ${id} IN (SELECT ${record} FROM custom_field_values v WHERE v.field_id = ${filter.fieldId} AND ${record} IS NOT NULL AND ${condition}))`
      }),
      sql` OR `,
    )})`
  switch (filter.op) {
    case 'filled':
      return values(sql`1 = 1`)
    case 'empty':
      return sql<boolean>`NOT ${values(sql`1 = 1`)}`
    case 'contains':
      return values(dialect.contains(sql.ref('v.text_value'), filter.value))
    case 'is':
      if (typeof filter.value === 'boolean') return values(sql`v.integer_value = ${filter.value ? 1 : 0}`)
      if (typeof filter.value === 'number') return values(sql`(v.number_value = ${filter.value} OR v.integer_value = ${filter.value})`)
      return values(sql`(v.text_value = ${filter.value} OR v.date_value = ${filter.value})`)
    case 'atLeast':
    case 'atMost': {
      const op = sql.raw(filter.op === 'atLeast' ? '>=' : '<=')
      if (typeof filter.value === 'number') return values(sql`(v.number_value ${op} ${filter.value} OR v.integer_value ${op} ${filter.value})`)
      return values(sql`v.date_value ${op} ${filter.value}`)
    }
  }
}

export function customFiltersSql(dialect: SqlDialect, entity: CustomFieldEntity, alias: string, filters: readonly CustomFilter[] | undefined): RawBuilder<boolean>[] {
  return (filters ?? []).map((filter) => customFilterSql(dialect, entity, alias, filter))
}

/** The field a `custom:<id>` sort names, checked to belong to the table's entity. */
export async function sortField(db: Db, entity: CustomFieldEntity, column: `custom:${number}`): Promise<CustomField> {
  const field = await findCustomField(db, Number(column.slice('custom:'.length)))
  if (!field || field.entity !== entity) throw new AppError('invalid_input', 'That column is no longer there. Pick another to sort by.', 'sort')
  return field
}

/** The ORDER BY key of a custom field over `alias`: its first value, typed; empty ones sort last. */
export function customSortKey(dialect: SqlDialect, field: CustomField, alias: string): string {
  const column = valueColumnOf(field.type)
  const value = `(SELECT v.${column} FROM custom_field_values v WHERE v.${RECORD_COLUMN[field.entity]} = ${alias}.id AND v.field_id = ${field.id} ORDER BY v.item LIMIT 1)`
  // Choices sort in the order the firm gave them (Bronze, Silver, Gold), not alphabetically.
  if (field.type === 'choice' || field.type === 'choices') {
    const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`
    return `(CASE ${value} ${field.options.map((option, index) => `WHEN ${quoted(option)} THEN ${index}`).join(' ')} END)`
  }
  return column === 'text_value' ? dialect.caseless(value) : value
}

/** Each entity's index of its records' text, URL, email and phone custom values (migration 20). */
const CUSTOM_VALUES_SEARCH: Record<CustomFieldEntity, SearchDocument> = {
  lead: { table: 'leads', index: 'leads_custom_fts', columns: [['words', 1]], stored: true },
  person: { table: 'people', index: 'people_custom_fts', columns: [['words', 1]], stored: true },
  organization: { table: 'organizations', index: 'organizations_custom_fts', columns: [['words', 1]], stored: true },
}

/** The records (under `alias`) whose searched custom values hold every word, best first by `rank`. */
export const customValuesSearch = (dialect: SqlDialect, entity: CustomFieldEntity, alias: string, words: readonly string[]): SearchMatch =>
  dialect.search(CUSTOM_VALUES_SEARCH[entity], alias, words)

/** The same as a condition over a table's row `alias`: its id is one of those records. */
export function customValuesMatchSql(dialect: SqlDialect, entity: CustomFieldEntity, alias: string, words: readonly string[]): RawBuilder<boolean> {
  const match = customValuesSearch(dialect, entity, 'cx', words)
  return sql<boolean>`${sql.ref(`${alias}.id`)} IN (SELECT cx.id FROM ${match.from} WHERE ${match.where})`
}
