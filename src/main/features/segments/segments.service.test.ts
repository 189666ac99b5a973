import { describe, expect, it } from 'vitest'
import { SegmentInput } from '@shared/contract/segments'
import { AppError } from '@shared/errors'
import { useTempDatabase } from '../../../../test/fixtures/temp-database'
import { listSegments, segmentExists } from './segments.repo'
import { createSegment } from './segments.service'

describe('segments', () => {
  const database = useTempDatabase()
  const create = (name: string, description?: string) => createSegment(database().db, SegmentInput.parse({ name, description }))

  it('creates a segment and returns it', async () => {
    const segment = await create('  Dentists ', 'Practices with 2+ chairs')
    expect(segment).toEqual({ id: expect.any(Number) as number, name: 'Dentists', description: 'Practices with 2+ chairs' })
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
})
