import type { UnknownValueList } from '@shared/domain/imports'
import { plural } from '../../ui/plural'
import { choiceToOption, optionToChoice, type Choice } from './valueChoices'

export type ChoiceOption = { value: string; label: string } | { group: string; options: Array<{ value: string; label: string }> }

interface Props<C extends Choice> {
  title: string
  /** What choosing here does, in a line. */
  hint: string
  list: UnknownValueList<C>
  choices: Record<string, C>
  onChoose: (value: string, choice: C) => void
  options: ChoiceOption[]
  /** What happens to values not listed (over the cap). */
  overflow: string
}

/** The values of one kind the file names, how many rows name each, and what to do with each. */
export function ValueTable<C extends Choice>({ title, hint, list, choices, onChoose, options, overflow }: Props<C>) {
  if (list.values.length === 0) return null
  return (
    <section className="import-unknowns__group" aria-label={title}>
      <h3 className="import-section-title">
        {title} <span className="muted">({plural(list.values.length + list.more, 'value', 'values')})</span>
      </h3>
      <p className="muted import-unknowns__hint">{hint}</p>
      <div className="table-wrap" tabIndex={0} role="group" aria-label={`${title}, scrollable`}>
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">In the file</th>
              <th scope="col" className="numeric">
                Rows
              </th>
              <th scope="col">In Baton</th>
            </tr>
          </thead>
          <tbody>
            {list.values.map(({ value, rows, suggested }) => {
              const chosen = choices[value] ?? suggested
              return (
                <tr key={value} className={chosen.kind === 'reject' ? 'import-table__rejected' : undefined}>
                  <th scope="row" title={value}>
                    {value}
                  </th>
                  <td className="numeric">{rows.toLocaleString()}</td>
                  <td>
                    <select aria-label={`What to do with “${value}”`} value={choiceToOption(chosen)} onChange={(event) => onChoose(value, optionToChoice(event.target.value) as C)}>
                      {options.map((option) =>
                        'group' in option ? (
                          option.options.length > 0 && (
                            <optgroup key={option.group} label={option.group}>
                              {option.options.map((item) => (
                                <option key={item.value} value={item.value}>
                                  {item.label}
                                </option>
                              ))}
                            </optgroup>
                          )
                        ) : (
                          <option key={option.value} value={option.value}>
                            {option.label}
                          </option>
                        ),
                      )}
                    </select>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {list.more > 0 && (
        <p className="muted">
          And {plural(list.more, 'more value', 'more values')} not listed: they {overflow}.
        </p>
      )}
    </section>
  )
}
