// "Export everything" writes each table as it is stored; a person's further emails and phones,
// their tags and an organisation's aliases live in tables of their own there. These two sheets
// put each person and each organisation on one row with all of them, as a firm reading the
// export (or moving to another CRM) expects. SQLite only, like the export itself.

export interface DumpView {
  /** The CSV's name in the zip, without `.csv`; not a table's name (the tables are there too). */
  name: string
  sql: string
}

/** Every value of a list, in order, joined by "; " (the first one kept on the row first). */
const joined = (first: string | null, values: string) =>
  `trim(coalesce(${first ?? "''"}, '') || coalesce((SELECT '; ' || group_concat(v, '; ') FROM (${values})), ''), '; ')`

export const PARTY_VIEWS: readonly DumpView[] = [
  {
    name: 'people-with-contacts',
    sql: `SELECT p.id, p.name,
        ${joined('p.email', 'SELECT email AS v FROM person_emails WHERE person_id = p.id ORDER BY position')} AS emails,
        ${joined('p.phone', 'SELECT phone AS v FROM person_phones WHERE person_id = p.id ORDER BY position')} AS phones,
        p.job_title, p.organization_id, o.name AS organization, p.owner, s.name AS segment,
        ${joined(null, 'SELECT tag AS v FROM person_tags WHERE person_id = p.id ORDER BY tag')} AS tags,
        p.notes, c.name AS first_campaign, p.created_at, p.updated_at
      FROM people p LEFT JOIN organizations o ON o.id = p.organization_id LEFT JOIN segments s ON s.id = p.segment_id LEFT JOIN campaigns c ON c.id = p.first_campaign_id
      ORDER BY p.id`,
  },
  {
    name: 'organizations-with-aliases',
    sql: `SELECT o.id, o.name,
        ${joined(null, 'SELECT alias AS v FROM organization_aliases WHERE organization_id = o.id ORDER BY alias')} AS aliases,
        o.domain, o.website, o.industry, o.size, o.region, o.address, o.owner, s.name AS segment,
        ${joined(null, 'SELECT tag AS v FROM organization_tags WHERE organization_id = o.id ORDER BY tag')} AS tags,
        (SELECT count(*) FROM people pc WHERE pc.organization_id = o.id) AS people, o.notes, o.created_at, o.updated_at
      FROM organizations o LEFT JOIN segments s ON s.id = o.segment_id
      ORDER BY o.id`,
  },
]

/** What a derived sheet needs of a custom field (read from the snapshot itself). */
export interface DumpField {
  id: number
  entity: string
  label: string
  type: string
  archived_at: string | null
}

/** A field's value on the record `alias`.id as the sheet shows it, as in the lead CSV: choices joined by "; ", Yes/No, amounts in units. */
function customValueSql(field: DumpField, recordColumn: string, alias: string): string {
  const values = `FROM custom_field_values v WHERE v.field_id = ${Number(field.id)} AND v.${recordColumn} = ${alias}.id`
  switch (field.type) {
    case 'choices':
      return `(SELECT group_concat(x.text_value, '; ') FROM (SELECT v.text_value ${values} ORDER BY v.item) x)`
    case 'yes_no':
      return `(SELECT CASE v.integer_value WHEN 1 THEN 'Yes' WHEN 0 THEN 'No' END ${values})`
    case 'money':
      return `(SELECT printf('%.2f', v.integer_value / 100.0) ${values})`
    case 'number':
      return `(SELECT v.number_value ${values})`
    case 'date':
      return `(SELECT v.date_value ${values})`
    default:
      return `(SELECT v.text_value ${values})`
  }
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`

/**
 * The two sheets with one more column per custom field of people or of organisations (archived
 * ones too, marked: their values are kept), named by the field's label.
 */
export function partyViewsWith(fields: readonly DumpField[]): DumpView[] {
  const [people, organizations] = PARTY_VIEWS as [DumpView, DumpView]
  const withFields = (view: DumpView, entity: string, recordColumn: string, alias: string): DumpView => {
    const columns = fields.filter((f) => f.entity === entity).map((f) => `${customValueSql(f, recordColumn, alias)} AS ${quoted(f.archived_at ? `${f.label} (archived)` : f.label)}`)
    if (columns.length === 0) return view
    const at = view.sql.lastIndexOf('\n      FROM ')
    return { name: view.name, sql: `${view.sql.slice(0, at)}, ${columns.join(', ')}${view.sql.slice(at)}` }
  }
  return [withFields(people, 'person', 'person_id', 'p'), withFields(organizations, 'organization', 'organization_id', 'o')]
}
