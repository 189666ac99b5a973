import type { OwnerChoice, RefChoice, UnknownValueList, UnknownValues, ValueMap } from '@shared/domain/imports'
import { plural } from '../../ui/plural'
import { choiceToOption, optionToChoice } from './valueChoices'
import './import-steps.css'

interface Props {
  unknowns: UnknownValues
  valueMap: ValueMap
  onChange: (valueMap: ValueMap) => void
  /** What happens to values not listed (over the cap): the create options. */
  createCampaigns: boolean
  createStages: boolean
}

/** The campaigns, stages and owners the file names that Baton doesn't have, each with what to do about it. */
export function UnknownValuesStep({ unknowns, valueMap, onChange, createCampaigns, createStages }: Props) {
  const { known } = unknowns
  return (
    <div className="import-unknowns">
      <p className="muted">The file names some things Baton doesn’t have yet. Choose for each: create it, use one you already have, or leave it out. Your choices are remembered for files with these columns.</p>
      <ValueTable<RefChoice>
        title="Campaigns"
        list={unknowns.campaign}
        choices={valueMap.campaign}
        onChoose={(value, choice) => onChange({ ...valueMap, campaign: { ...valueMap.campaign, [value]: choice } })}
        createLabel="Create it"
        existing={{ label: 'Your campaigns', options: known.campaigns.map((c) => ({ value: `id:${c.id}`, label: c.name })) }}
        allowEmpty="Leave the lead without a campaign"
        overflow={createCampaigns ? 'are created' : 'are rejected'}
      />
      <ValueTable<RefChoice>
        title="Stages"
        list={unknowns.stage}
        choices={valueMap.stage}
        onChoose={(value, choice) => onChange({ ...valueMap, stage: { ...valueMap.stage, [value]: choice } })}
        createLabel="Create it (before Won)"
        existing={{ label: 'Stages of this pipeline', options: known.stages.map((s) => ({ value: `id:${s.id}`, label: s.name })) }}
        overflow={createStages ? 'are created' : 'are rejected'}
      />
      <ValueTable<OwnerChoice>
        title="Owners"
        list={unknowns.owner}
        choices={valueMap.owner}
        onChoose={(value, choice) => onChange({ ...valueMap, owner: { ...valueMap.owner, [value]: choice } })}
        createLabel="Add as a new owner"
        existing={{ label: 'Owners on your leads', options: known.owners.map((name) => ({ value: `name:${name}`, label: name })) }}
        allowEmpty="Leave the lead without an owner"
        overflow="are added as written"
      />
    </div>
  )
}

interface TableProps<C extends RefChoice | OwnerChoice> {
  title: string
  list: UnknownValueList<C>
  choices: Record<string, C>
  onChoose: (value: string, choice: C) => void
  createLabel: string
  existing: { label: string; options: Array<{ value: string; label: string }> }
  allowEmpty?: string
  overflow: string
}

function ValueTable<C extends RefChoice | OwnerChoice>({ title, list, choices, onChoose, createLabel, existing, allowEmpty, overflow }: TableProps<C>) {
  if (list.values.length === 0) return null
  return (
    <section className="import-unknowns__group" aria-label={`${title} Baton doesn’t have`}>
      <h3 className="import-section-title">
        {title} Baton doesn’t have <span className="muted">({plural(list.values.length + list.more, 'value', 'values')})</span>
      </h3>
      <div className="table-wrap">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">In the file</th>
              <th scope="col" className="numeric">
                Rows
              </th>
              <th scope="col">What to do</th>
            </tr>
          </thead>
          <tbody>
            {list.values.map(({ value, rows, suggested }) => (
              <tr key={value}>
                <th scope="row">{value}</th>
                <td className="numeric">{rows.toLocaleString()}</td>
                <td>
                  <select aria-label={`What to do with “${value}”`} value={choiceToOption(choices[value] ?? suggested)} onChange={(event) => onChoose(value, optionToChoice(event.target.value) as C)}>
                    <option value="create">{createLabel}</option>
                    {existing.options.length > 0 && (
                      <optgroup label={existing.label}>
                        {existing.options.map((option) => (
                          <option key={option.value} value={option.value}>
                            Use “{option.label}”
                          </option>
                        ))}
                      </optgroup>
                    )}
                    {allowEmpty && <option value="empty">{allowEmpty}</option>}
                    <option value="reject">Reject these rows</option>
                  </select>
                </td>
              </tr>
            ))}
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
