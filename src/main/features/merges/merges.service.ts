import { sql } from 'kysely'
import type { z } from 'zod'
import type { MergeInput } from '@shared/contract/merges'
import { nowIso } from '@shared/domain/dates'
import { organizationNameKey, personNameKey } from '@shared/domain/matching'
import type { CustomValue } from '@shared/domain/customFields'
import type { MergeDone, MergeKind, MergeSide, MergeUndone, PartyMerge } from '@shared/domain/merges'
import { AppError, notFound } from '@shared/errors'
import { dialectOf } from '../../db/dialect'
import type { Db, Trx } from '../context'
import { listCustomFields } from '../custom-fields/customFields.repo'
import { readCustomValues, replaceValues } from '../custom-fields/customFields.values'
import { findOrganization } from '../organizations/organizations.repo'
import { replaceAliases, touchOrganization } from '../organizations/organizations.write'
import { replacePartyTags, uniqueTags } from '../parties/parties'
import { findPerson } from '../people/people.repo'
import { replaceContacts, touchPerson } from '../people/people.write'
import { insertRows, readRows, reinsert, restoreOver, snapshotOf, type RecordSnapshot } from './merges.snapshot'

// Two people (or two organisations) become one: the kept record takes the value chosen for each
// field, gains the other's addresses, numbers, tags and aliases, and every deal of the other —
// with its activities, touches and stage history, which hang off the deal — and, for an
// organisation, its people. The other record goes. What both were, and what moved, is kept with
// the merge so undo puts both back exactly and gives each deal back to its own record.

type Merge = z.output<typeof MergeInput>

/** What a merge keeps to be undone (party_merges.before). */
interface MergeBefore {
  kept: RecordSnapshot
  merged: RecordSnapshot
  /** The other record's deals, moved to the kept one. */
  leadIds: number[]
  /** An organisation's people, moved to the kept one. */
  peopleIds: number[]
  /** Pairs the other person was in as a likely duplicate (they go with it). */
  likelyDuplicates: Array<Record<string, unknown>>
  /** "Not a duplicate" marks that named the other record. */
  dismissals: Array<Record<string, unknown>>
}

const LEAD_KEY = { person: 'person_id', organization: 'organization_id' } as const
const NAMES = { person: 'person', organization: 'organisation' } as const

async function nameOf(db: Db | Trx, kind: MergeKind, id: number): Promise<string | undefined> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM ${sql.table(kind === 'person' ? 'people' : 'organizations')} WHERE id = ${id}`.execute(db)
  return rows[0]?.name
}

async function idsWhere(trx: Trx, table: 'leads' | 'people', column: string, id: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`SELECT id FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${id} ORDER BY id`.execute(trx)
  return rows.map((row) => Number(row.id))
}

export async function mergeParties(db: Db, input: Merge): Promise<MergeDone> {
  const { kind, keepId, otherId } = input
  for (const [id, field] of [[keepId, 'keepId'], [otherId, 'otherId']] as const) {
    if ((await nameOf(db, kind, id)) === undefined) throw new AppError('not_found', `That ${NAMES[kind]} no longer exists. Close this and pick again.`, field)
  }
  const now = nowIso()
  const dialect = dialectOf(db)
  return db.transaction().execute(async (trx) => {
    const table = kind === 'person' ? 'people' : 'organizations'
    await dialect.lockRow(trx, table, Math.min(keepId, otherId))
    await dialect.lockRow(trx, table, Math.max(keepId, otherId))
    const before: MergeBefore = {
      kept: await snapshotOf(trx, kind, keepId),
      merged: await snapshotOf(trx, kind, otherId),
      leadIds: await idsWhere(trx, 'leads', LEAD_KEY[kind], otherId),
      peopleIds: kind === 'organization' ? await idsWhere(trx, 'people', 'organization_id', otherId) : [],
      likelyDuplicates: [],
      dismissals: await dismissalsOf(trx, kind, otherId),
    }
    if (kind === 'person') {
      const { rows } = await sql<Record<string, unknown>>`SELECT * FROM likely_duplicate_people WHERE person_id = ${otherId} OR other_person_id = ${otherId}`.execute(trx)
      before.likelyDuplicates = rows
    }
    const key = LEAD_KEY[kind]
    await sql`UPDATE leads SET ${sql.ref(key)} = ${keepId}, version = version + 1, updated_at = ${now} WHERE ${sql.ref(key)} = ${otherId}`.execute(trx)
    if (kind === 'organization') {
      await sql`UPDATE people SET organization_id = ${keepId}, version = version + 1, updated_at = ${now} WHERE organization_id = ${otherId}`.execute(trx)
    }
    await sql`DELETE FROM dismissed_duplicates WHERE kind = ${kind} AND (first_id = ${otherId} OR second_id = ${otherId})`.execute(trx)
    await mergeCustomValues(trx, kind, keepId, otherId, input.customPick)
    await sql`DELETE FROM ${sql.table(table)} WHERE id = ${otherId}`.execute(trx)
    if (input.kind === 'person') await writeMergedPerson(trx, input.pick, before, now)
    else await writeMergedOrganization(trx, input.pick, before, now)
    const merged = await trx
      .insertInto('party_merges')
      .values({ kind, kept_id: keepId, merged_id: otherId, merged_name: String(before.merged.row['name']), before: JSON.stringify(before), merged_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    return { mergeId: merged.id, keptId: keepId, dealsMoved: before.leadIds.length }
  })
}

/**
 * Custom values: each field keeps the side picked, else the kept record's value, else the other's,
 * so nothing typed is lost by default; several choices are combined (in the field's order). What
 * is not kept goes with the other record (and comes back on undo, from the snapshot).
 */
async function mergeCustomValues(trx: Trx, kind: MergeKind, keepId: number, otherId: number, pick: Partial<Record<string, MergeSide>>): Promise<void> {
  const fields = await listCustomFields(trx, kind, true)
  if (fields.length === 0) return
  const values = await readCustomValues(trx, kind, [keepId, otherId], { fields })
  const kept = values.get(keepId) ?? {}
  const other = values.get(otherId) ?? {}
  const merged = new Map<number, CustomValue>()
  for (const field of fields) {
    const theirs = other[field.key]
    if (theirs === undefined || theirs === null || (Array.isArray(theirs) && theirs.length === 0)) continue
    const ours = kept[field.key]
    if (field.type === 'choices' && Array.isArray(theirs)) {
      const both = new Set([...(Array.isArray(ours) ? ours : []), ...theirs])
      merged.set(field.id, [...field.options.filter((option) => both.has(option)), ...[...both].filter((value) => !field.options.includes(value))])
    } else if (pick[field.key] === 'other' || ours === undefined || ours === null) merged.set(field.id, theirs)
  }
  await replaceValues(trx, kind, new Map(fields.map((field) => [field.id, field])), keepId, merged)
}

async function dismissalsOf(trx: Trx, kind: MergeKind, id: number): Promise<Array<Record<string, unknown>>> {
  const { rows } = await sql<Record<string, unknown>>`SELECT * FROM dismissed_duplicates WHERE kind = ${kind} AND (first_id = ${id} OR second_id = ${id})`.execute(trx)
  return rows
}

const texts = (rows: ReadonlyArray<Record<string, unknown>> | undefined, column: string) => (rows ?? []).map((row) => String(row[column]))
/** A person's addresses (or numbers): the one on the row first, then the others in order. */
const contactsOf = (snapshot: RecordSnapshot, kind: 'email' | 'phone') => {
  const first = snapshot.row[kind]
  const others = [...(snapshot.children[kind === 'email' ? 'person_emails' : 'person_phones'] ?? [])].sort((a, b) => Number(a['position']) - Number(b['position']))
  return [...(typeof first === 'string' ? [first] : []), ...texts(others, kind)]
}
const earliest = (a: unknown, b: unknown) => (String(a) <= String(b) ? a : b)

type Pick = Partial<Record<string, 'keep' | 'other'>>
/** The surviving value of a column: the other record's when the field says so, else the kept one's. */
const chosen = (pick: Pick, before: MergeBefore) => (field: string, column: string) => (pick[field] === 'other' ? before.merged.row[column] : before.kept.row[column])

async function writeMergedPerson(trx: Trx, pick: Pick, before: MergeBefore, now: string): Promise<void> {
  const value = chosen(pick, before)
  const id = Number(before.kept.row['id'])
  const name = String(value('name', 'name'))
  await trx
    .updateTable('people')
    .set({
      name,
      name_key: personNameKey(name),
      job_title: value('jobTitle', 'job_title') as string | null,
      organization_id: value('organizationId', 'organization_id') as number | null,
      owner: value('owner', 'owner') as string | null,
      segment_id: value('segmentId', 'segment_id') as number | null,
      first_campaign_id: value('firstCampaignId', 'first_campaign_id') as number | null,
      notes: value('notes', 'notes') as string | null,
      created_at: earliest(before.kept.row['created_at'], before.merged.row['created_at']) as string,
    })
    .where('id', '=', id)
    .execute()
  for (const kind of ['email', 'phone'] as const) {
    const [first, second] = pick[kind] === 'other' ? [before.merged, before.kept] : [before.kept, before.merged]
    await replaceContacts(trx, id, kind, [...contactsOf(first, kind), ...contactsOf(second, kind)])
  }
  await replacePartyTags(trx, 'person', id, uniqueTags([...texts(before.kept.children['person_tags'], 'tag'), ...texts(before.merged.children['person_tags'], 'tag')]))
  await touchPerson(trx, id, now)
}

async function writeMergedOrganization(trx: Trx, pick: Pick, before: MergeBefore, now: string): Promise<void> {
  const value = chosen(pick, before)
  const id = Number(before.kept.row['id'])
  const name = String(value('name', 'name'))
  await trx
    .updateTable('organizations')
    .set({
      name,
      name_key: organizationNameKey(name),
      domain: value('domain', 'domain') as string | null,
      website: value('website', 'website') as string | null,
      industry: value('industry', 'industry') as string | null,
      size: value('size', 'size') as string | null,
      region: value('region', 'region') as string | null,
      address: value('address', 'address') as string | null,
      owner: value('owner', 'owner') as string | null,
      segment_id: value('segmentId', 'segment_id') as number | null,
      notes: value('notes', 'notes') as string | null,
      created_at: earliest(before.kept.row['created_at'], before.merged.row['created_at']) as string,
    })
    .where('id', '=', id)
    .execute()
  // Both names stay findable: the one not kept becomes an alias, as do both records' aliases.
  const spellings = [
    String(before.kept.row['name']),
    String(before.merged.row['name']),
    ...texts(before.kept.children['organization_aliases'], 'alias'),
    ...texts(before.merged.children['organization_aliases'], 'alias'),
  ]
  await replaceAliases(trx, id, name, spellings)
  const tags = [...texts(before.kept.children['organization_tags'], 'tag'), ...texts(before.merged.children['organization_tags'], 'tag')]
  await replacePartyTags(trx, 'organization', id, uniqueTags(tags))
  await touchOrganization(trx, id, now)
}

/** Takes a merge back: the merged record as it was (its own id again), the kept one as it was, and each deal (and person) with its own record. */
export async function undoMerge(db: Db, mergeId: number): Promise<MergeUndone> {
  const merge = await db.selectFrom('party_merges').selectAll().where('id', '=', mergeId).executeTakeFirst()
  if (!merge) throw notFound('That merge')
  if (merge.undone_at !== null) throw new AppError('rule', `The merge of ${merge.merged_name} was already undone.`)
  const keptName = await nameOf(db, merge.kind, merge.kept_id)
  if (keptName === undefined) throw new AppError('rule', `Couldn't undo the merge of ${merge.merged_name}: the ${NAMES[merge.kind]} it was merged into has been deleted since.`)
  const later = await db
    .selectFrom('party_merges')
    .select('merged_name')
    .where('kind', '=', merge.kind)
    .where('kept_id', '=', merge.kept_id)
    .where('id', '>', merge.id)
    .where('undone_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst()
  // Undo puts the kept record back as it was before this merge: a later merge into it would be half taken back.
  if (later) throw new AppError('rule', `Couldn't undo the merge of ${merge.merged_name} yet: undo the later merge of ${later.merged_name} into ${keptName} first.`)
  const before = JSON.parse(merge.before) as MergeBefore
  const now = nowIso()
  return db.transaction().execute(async (trx) => {
    await dialectOf(trx).lockRow(trx, merge.kind === 'person' ? 'people' : 'organizations', merge.kept_id)
    const restoredId = await reinsert(trx, merge.kind, before.merged)
    await restoreOver(trx, merge.kind, before.kept)
    const key = LEAD_KEY[merge.kind]
    let dealsRestored = 0
    if (before.leadIds.length > 0) {
      const moved = await sql`UPDATE leads SET ${sql.ref(key)} = ${restoredId}, version = version + 1, updated_at = ${now}
        WHERE ${sql.ref(key)} = ${merge.kept_id} AND ${dialectOf(trx).idIn('id', before.leadIds)}`.execute(trx)
      dealsRestored = Number(moved.numAffectedRows ?? 0)
    }
    if (before.peopleIds.length > 0) {
      await sql`UPDATE people SET organization_id = ${restoredId}, version = version + 1, updated_at = ${now}
        WHERE organization_id = ${merge.kept_id} AND ${dialectOf(trx).idIn('id', before.peopleIds)}`.execute(trx)
    }
    const remap = (id: unknown) => (Number(id) === merge.merged_id ? restoredId : Number(id))
    for (const pair of before.likelyDuplicates) {
      const [a, b] = [remap(pair['person_id']), remap(pair['other_person_id'])].sort((x, y) => x - y) as [number, number]
      const both = (await readRows(trx, 'people', 'id', a)).length > 0 && (await readRows(trx, 'people', 'id', b)).length > 0
      if (both) await insertRows(trx, 'likely_duplicate_people', [{ ...pair, person_id: a, other_person_id: b }], true)
    }
    for (const mark of before.dismissals) {
      const [a, b] = [remap(mark['first_id']), remap(mark['second_id'])].sort((x, y) => x - y) as [number, number]
      await insertRows(trx, 'dismissed_duplicates', [{ ...mark, first_id: a, second_id: b }], true)
    }
    await trx.updateTable('party_merges').set({ undone_at: now }).where('id', '=', mergeId).execute()
    return { keptId: merge.kept_id, restoredId, dealsRestored }
  })
}

/** The merges into a record that can still be undone, newest first. */
export async function mergeHistory(db: Db, kind: MergeKind, id: number): Promise<PartyMerge[]> {
  if (kind === 'person' ? !(await findPerson(db, id)) : !(await findOrganization(db, id))) throw notFound(kind === 'person' ? 'That person' : 'That organisation')
  const rows = await db
    .selectFrom('party_merges')
    .select(['id', 'kind', 'kept_id', 'merged_id', 'merged_name', 'merged_at', 'before'])
    .where('kind', '=', kind)
    .where('kept_id', '=', id)
    .where('undone_at', 'is', null)
    .orderBy('merged_at', 'desc')
    .orderBy('id', 'desc')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    keptId: row.kept_id,
    mergedId: row.merged_id,
    mergedName: row.merged_name,
    mergedAt: row.merged_at,
    dealsMoved: (JSON.parse(row.before) as MergeBefore).leadIds.length,
  }))
}
