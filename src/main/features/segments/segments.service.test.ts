import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { SegmentInput } from '@shared/contract/segments'
import { AppError } from '@shared/errors'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { listSegments, segmentExists } from './segments.repo'
import { createSegment, deleteSegment, updateSegment } from './segments.service'
import { execute, queryValue } from '../../../../test/fixtures/sql'

describe('segments', () => {
  const database = useTestDatabase()
  const create = (name: string, description?: string) => createSegment(database().db, SegmentInput.parse({ name, description }))

  it('creates a segment and returns it', async () => {
    const segment = await create('  Dentists ', 'Practices with 2+ chairs')
    expect(segment).toEqual({
      id: expect.any(Number) as number,
      name: 'Dentists',
      description: 'Practices with 2+ chairs',
      industry: null,
      companySize: null,
      region: null,
      rule: null,
      leadCount: 0,
      campaignCount: 0,
      personCount: 0,
      organizationCount: 0,
    })
    expect(await segmentExists(database().db, segment.id)).toBe(true)
    expect(await segmentExists(database().db, segment.id + 1)).toBe(false)
  })

  it('stores an empty description as null', async () => {
    expect((await create('Gyms', '')).description).toBeNull()
  })

  it('lists segments by name, ignoring case', async () => {
    await create('dentists')
    await create('Bakeries')
    await create('Cafés')
    expect((await listSegments(database().db)).map((s) => s.name)).toEqual(['Bakeries', 'Cafés', 'dentists'])
  })

  it('refuses a second segment with the same name in any case, on the name field', async () => {
    await create('Dentists')
    const error: unknown = await create('DENTISTS').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).toShape()).toEqual({ code: 'conflict', message: 'There is already a segment called “DENTISTS”.', field: 'name' })
    expect(await listSegments(database().db)).toHaveLength(1)
  })

  it('stores the criteria fields and edits them', async () => {
    const db = database().db
    const segment = await createSegment(db, SegmentInput.parse({ name: 'Clinics', industry: 'Healthcare', companySize: '5–50', region: 'Ohio' }))
    expect(segment).toMatchObject({ industry: 'Healthcare', companySize: '5–50', region: 'Ohio' })
    const updated = await updateSegment(db, segment.id, SegmentInput.parse({ name: 'Dental clinics', industry: 'Dental', region: '' }))
    expect(updated).toMatchObject({ name: 'Dental clinics', industry: 'Dental', companySize: null, region: null })
    await create('Gyms')
    await expect(updateSegment(db, segment.id, SegmentInput.parse({ name: 'gyms' }))).rejects.toThrow(/already a segment called/)
    await expect(updateSegment(db, 999, SegmentInput.parse({ name: 'X' }))).rejects.toThrow(/no longer exists/)
  })

  it('deletes a segment, keeping its leads and campaigns without it, and says how many', async () => {
    const { db } = database()
    const segment = await create('Dentists')
    const at = '2026-01-01T00:00:00.000Z'
    await execute(db, sql`INSERT INTO campaigns (name, channel, segment_id, created_at, updated_at) VALUES ('Mailing', 'email', ${segment.id}, ${at}, ${at})`)
    // A lead is in the segment through its person (A) or its organisation (B, whose person is not).
    const org = await queryValue(db, sql`INSERT INTO organizations (name, name_key, segment_id, created_at, updated_at) VALUES ('Acme', 'acme', ${segment.id}, ${at}, ${at}) RETURNING id`)
    for (const [name, segmentId, organizationId] of [['A', segment.id, null], ['B', null, org]] as const) {
      const person = await queryValue(db, sql`INSERT INTO people (name, name_key, segment_id, created_at, updated_at) VALUES (${name}, ${name.toLowerCase()}, ${segmentId}, ${at}, ${at}) RETURNING id`)
      await execute(db, sql`INSERT INTO leads (person_id, organization_id, pipeline_id, stage_id, position, created_at, updated_at, stage_entered_at) VALUES (${person}, ${organizationId}, 1, 1, 1, ${at}, ${at}, ${at})`)
    }
    expect((await listSegments(db))[0]).toMatchObject({ leadCount: 2, campaignCount: 1, personCount: 1, organizationCount: 1 })
    expect(await deleteSegment(db, segment.id)).toEqual({ id: segment.id, leadsCleared: 2, campaignsCleared: 1 })
    expect(await queryValue(db, sql`SELECT count(*) FROM people WHERE segment_id IS NULL`)).toBe(2)
    expect(await queryValue(db, sql`SELECT count(*) FROM organizations WHERE segment_id IS NULL`)).toBe(1)
    expect(await queryValue(db, sql`SELECT count(*) FROM leads`)).toBe(2)
    expect(await queryValue(db, sql`SELECT count(*) FROM campaigns WHERE segment_id IS NULL`)).toBe(1)
    await expect(deleteSegment(db, segment.id)).rejects.toThrow(/no longer exists/)
  })
})
