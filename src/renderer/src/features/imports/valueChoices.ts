import { VALUE_MAP_FIELDS, type NameChoice, type RefChoice, type StatusChoice, type UnknownValueList, type UnknownValues, type ValueMap } from '@shared/domain/imports'

// A choice travels through a <select> as a short string: "create", "empty", "reject", a
// status ("open", "won", "lost"), "id:12" (an existing campaign or stage) or "name:Ann" (an
// existing owner or lost reason).

export type Choice = RefChoice | NameChoice | StatusChoice

export function choiceToOption(choice: Choice): string {
  if (choice.kind !== 'existing') return choice.kind
  return 'id' in choice ? `id:${choice.id}` : `name:${choice.name}`
}

export function optionToChoice(option: string): Choice {
  if (option.startsWith('id:')) return { kind: 'existing', id: Number(option.slice(3)) }
  if (option.startsWith('name:')) return { kind: 'existing', name: option.slice(5) }
  return { kind: option as 'create' | 'empty' | 'reject' | 'open' | 'won' | 'lost' }
}

/** The suggestions for the listed values (main already honours the choices sent with the request); other saved choices stay. */
export function withSuggestions(current: ValueMap, unknowns: UnknownValues): ValueMap {
  const suggested = <C,>(list: UnknownValueList<C>) => Object.fromEntries(list.values.map((v) => [v.value, v.suggested]))
  return {
    campaign: { ...current.campaign, ...suggested(unknowns.campaign) },
    stage: { ...current.stage, ...suggested(unknowns.stage) },
    owner: { ...current.owner, ...suggested(unknowns.owner) },
    status: { ...current.status, ...suggested(unknowns.status) },
    lostReason: { ...current.lostReason, ...suggested(unknowns.lostReason) },
  }
}

export const hasUnknowns = (unknowns: UnknownValues) => VALUE_MAP_FIELDS.some((field) => unknowns[field].values.length > 0 || unknowns[field].more > 0)
