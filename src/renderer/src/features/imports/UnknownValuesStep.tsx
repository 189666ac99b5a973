import type { NameChoice, RefChoice, StatusChoice, UnknownValues, ValueMap, ValueMapField } from '@shared/domain/imports'
import { ValueTable, type ChoiceOption } from './ValueTable'
import './import-steps.css'

interface Props {
  unknowns: UnknownValues
  valueMap: ValueMap
  onChange: (valueMap: ValueMap) => void
  /** What happens to campaigns not listed (over the cap): the create option. */
  createCampaigns: boolean
}

const REJECT: ChoiceOption = { value: 'reject', label: 'Reject these rows' }
const use = (group: string, items: Array<{ value: string; label: string }>): ChoiceOption => ({ group, options: items.map(({ value, label }) => ({ value, label: `Use “${label}”` })) })

/** The campaigns, stages, statuses, owners and lost reasons the file names, each with what Baton will do with it. */
export function UnknownValuesStep({ unknowns, valueMap, onChange, createCampaigns }: Props) {
  const { known } = unknowns
  const choose =
    <F extends ValueMapField>(field: F) =>
    (value: string, choice: ValueMap[F][string]) =>
      onChange({ ...valueMap, [field]: { ...valueMap[field], [value]: choice } })
  const firstStage = known.stages.find((stage) => stage.kind === 'open')?.name ?? 'the first stage'
  return (
    <div className="import-unknowns">
      <p className="muted">
        Here is what Baton will do with the names in the file that it doesn’t have as they are. Its best match is chosen for each; change any that are wrong. Your choices are
        remembered for files with these columns.
      </p>
      <ValueTable<RefChoice>
        title="Stages Baton doesn’t have"
        hint="Matched by meaning and spelling to the stages of this pipeline."
        list={unknowns.stage}
        choices={valueMap.stage}
        onChoose={choose('stage')}
        options={[
          use(
            'Stages of this pipeline',
            known.stages.map((s) => ({ value: `id:${s.id}`, label: s.name })),
          ),
          { value: 'create', label: 'Create it (before Won)' },
          { value: 'empty', label: `Put the lead in “${firstStage}”` },
          REJECT,
        ]}
        overflow="get Baton’s best match"
      />
      <ValueTable<StatusChoice>
        title="Statuses in the file"
        hint="Won and lost close the lead in this pipeline; open leaves it in its stage."
        list={unknowns.status}
        choices={valueMap.status}
        onChoose={choose('status')}
        options={[
          { value: 'open', label: 'Open, in the stage the file gives' },
          { value: 'won', label: 'Won' },
          { value: 'lost', label: 'Lost' },
          REJECT,
        ]}
        overflow="are read as open, won or lost from their words"
      />
      <ValueTable<RefChoice>
        title="Campaigns Baton doesn’t have"
        hint="The campaign each lead came from."
        list={unknowns.campaign}
        choices={valueMap.campaign}
        onChoose={choose('campaign')}
        options={[{ value: 'create', label: 'Create it' }, use('Your campaigns', known.campaigns.map((c) => ({ value: `id:${c.id}`, label: c.name }))), { value: 'empty', label: 'Leave the lead without a campaign' }, REJECT]}
        overflow={createCampaigns ? 'are created' : 'are rejected'}
      />
      <ValueTable<NameChoice>
        title="Owners Baton doesn’t have"
        hint="New owners join the team; undoing the import takes them off again."
        list={unknowns.owner}
        choices={valueMap.owner}
        onChoose={choose('owner')}
        options={[{ value: 'create', label: 'Add to the team' }, use('Your team', known.owners.map((name) => ({ value: `name:${name}`, label: name }))), { value: 'empty', label: 'Leave the lead without an owner' }, REJECT]}
        overflow="are added to the team"
      />
      <ValueTable<NameChoice>
        title="Lost reasons Baton doesn’t have"
        hint="Why deals were lost, for the lost-deals report."
        list={unknowns.lostReason}
        choices={valueMap.lostReason}
        onChoose={choose('lostReason')}
        options={[
          { value: 'create', label: 'Add to your lost reasons' },
          use('Your lost reasons', known.lostReasons.map((label) => ({ value: `name:${label}`, label }))),
          { value: 'empty', label: 'Keep no reason' },
          REJECT,
        ]}
        overflow="are added to your lost reasons"
      />
    </div>
  )
}
