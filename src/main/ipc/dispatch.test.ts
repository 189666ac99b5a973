import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { AMOUNT_TOO_LARGE, MAX_MINOR } from '@shared/domain/money'
import type { Lead } from '@shared/domain/leads'
import { AppError, type IpcResult } from '@shared/errors'
import { useTempDatabase } from '../../../test/fixtures/temp-database'
import { DatabaseDamagedError } from '../db/errors'
import { campaignsHandlers } from '../features/campaigns/campaigns.handlers'
import type { HandlerContext, HandlerTable } from '../features/context'
import { leadsHandlers } from '../features/leads/leads.handlers'
import { pipelinesHandlers } from '../features/pipelines/pipelines.handlers'
import { segmentsHandlers } from '../features/segments/segments.handlers'
import { createDispatch } from './dispatch'

// The handlers under test reach only the database.
const ctx = (db?: HandlerContext['db']): HandlerContext => ({ db: db as HandlerContext['db'], dataFile: '/tmp/baton.sqlite', appVersion: '0.0.0-test' }) as HandlerContext

/** A table with just the handlers a test needs; dispatch only ever calls the one asked for. */
const table = (handlers: Partial<HandlerTable>) => handlers as HandlerTable

/** A dispatch whose every handler is a spy, to prove a refused call never reaches one. */
function spiedDispatch() {
  const handler = vi.fn(() => ({ ran: true }))
  const handlers = new Proxy({}, { get: () => handler }) as HandlerTable
  const log = vi.fn()
  return { dispatch: createDispatch(ctx(), handlers, log), handler, log }
}

function expectError(result: IpcResult<unknown>) {
  expect(result.ok).toBe(false)
  if (result.ok) throw new Error('expected an error')
  return result.error
}

function expectValue<T>(result: IpcResult<unknown>): T {
  if (!result.ok) throw new Error(`expected a value, got ${JSON.stringify(result.error)}`)
  return result.value as T
}

/** What survives IPC unchanged: null, booleans, finite numbers, strings, arrays and plain objects of those. */
function expectPlainData(value: unknown, path = 'value'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} is a finite number`).toBe(true)
    return
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => expectPlainData(item, `${path}[${index}]`))
    return
  }
  expect(typeof value, `${path} is an object`).toBe('object')
  expect(Object.getPrototypeOf(value), `${path} is a plain object`).toBe(Object.prototype)
  for (const [key, item] of Object.entries(value as object)) expectPlainData(item, `${path}.${key}`)
}

describe('createDispatch', () => {
  describe('an unknown method', () => {
    it.each(['campaigns.drop', 'leads.delete ', '__proto__', 'constructor', 'toString', 'hasOwnProperty', ''])('refuses %j', async (method) => {
      const { dispatch, handler } = spiedDispatch()
      const error = expectError(await dispatch(method, {}))
      expect(error.code).toBe('unknown_method')
      expect(error.message).toContain('Baton has no call named')
      expect(handler).not.toHaveBeenCalled()
    })

    it.each([42, undefined, null, { method: 'campaigns.list' }, ['campaigns.list']])('refuses a method name that is not a string: %j', async (method) => {
      const { dispatch, handler } = spiedDispatch()
      expect(expectError(await dispatch(method, {})).code).toBe('unknown_method')
      expect(handler).not.toHaveBeenCalled()
    })
  })

  describe('invalid input', () => {
    const validCampaign = { name: 'Spring', channel: 'email' }

    it.each([
      ['an empty name', { ...validCampaign, name: '   ' }, 'name', 'Give the campaign a name'],
      ['a missing channel', { name: 'Spring' }, 'channel', 'Pick the channel this campaign runs on'],
      ['an end before the start', { ...validCampaign, startsOn: '2026-03-10', endsOn: '2026-03-01' }, 'endsOn', 'The end date is before the start date'],
      ['a date that does not exist', { ...validCampaign, startsOn: '2026-02-30' }, 'startsOn', 'Use a real date (YYYY-MM-DD)'],
      ['a negative budget', { ...validCampaign, budgetMinor: -1 }, 'budgetMinor', 'The amount cannot be negative'],
      ['a budget with a fraction of a cent', { ...validCampaign, budgetMinor: 10.5 }, 'budgetMinor', 'Enter a whole amount in cents'],
      ['a budget of 10^20', { ...validCampaign, budgetMinor: 1e20 }, 'budgetMinor', AMOUNT_TOO_LARGE],
      ['a budget past the largest amount', { ...validCampaign, budgetMinor: MAX_MINOR + 1 }, 'budgetMinor', AMOUNT_TOO_LARGE],
    ])('campaigns.create with %s names the field', async (_label, input, field, message) => {
      const { dispatch, handler } = spiedDispatch()
      const error = expectError(await dispatch('campaigns.create', input))
      expect(error).toEqual({ code: 'invalid_input', message, field })
      expect(handler).not.toHaveBeenCalled()
    })

    it.each([
      ['leads.create', { personName: 'Dana Li', valueMinor: 1e20 }, 'valueMinor'],
      ['leads.update', { id: 1, fields: { valueMinor: 1e20 } }, 'fields.valueMinor'],
      ['leads.move', { leadId: 1, stageId: 6, beforeLeadId: null, wonValueMinor: 1e20 }, 'wonValueMinor'],
      ['campaignSpend.create', { campaignId: 1, fields: { spentOn: '2026-03-01', amountMinor: 1e20, note: null } }, 'fields.amountMinor'],
      ['board.load', { pipelineId: 1, filters: { minValueMinor: 1e20 } }, 'filters.minValueMinor'],
    ])('%s says an amount of 10^20 is too large', async (method, input, field) => {
      const { dispatch, handler } = spiedDispatch()
      expect(expectError(await dispatch(method, input))).toEqual({ code: 'invalid_input', message: AMOUNT_TOO_LARGE, field })
      expect(handler).not.toHaveBeenCalled()
    })

    it('gives a nested field as a dotted path', async () => {
      const { dispatch } = spiedDispatch()
      const error = expectError(await dispatch('leads.update', { id: 1, fields: { email: 'not an email' } }))
      expect(error).toMatchObject({ code: 'invalid_input', field: 'fields.email' })
      const tags = expectError(await dispatch('leads.update', { id: 1, fields: { tags: ['ok', 'x'.repeat(41)] } }))
      expect(tags).toMatchObject({ code: 'invalid_input', field: 'fields.tags.1', message: 'Keep each tag under 40 characters' })
    })

    it.each(['hello', 42, true, [1, 2]])('refuses input that is not an object: %j', async (input) => {
      const { dispatch, handler } = spiedDispatch()
      expect(expectError(await dispatch('campaigns.get', input)).code).toBe('invalid_input')
      expect(handler).not.toHaveBeenCalled()
    })

    it('refuses keys a strict schema does not know', async () => {
      const { dispatch, handler } = spiedDispatch()
      expect(expectError(await dispatch('campaigns.list', { status: 'active', dropTable: true })).code).toBe('invalid_input')
      expect(handler).not.toHaveBeenCalled()
    })

    it('refuses an id that is not a positive whole number', async () => {
      const { dispatch } = spiedDispatch()
      for (const id of [0, -1, 1.5, '1', null]) {
        expect(expectError(await dispatch('leads.get', { id }))).toMatchObject({ code: 'invalid_input', field: 'id' })
      }
    })
  })

  describe('valid input', () => {
    it('reaches the handler parsed: trimmed and with its defaults', async () => {
      const { dispatch, handler } = spiedDispatch()
      expect(await dispatch('campaigns.create', { name: '  Spring  ', channel: 'email', trackingCode: '' })).toEqual({ ok: true, value: { ran: true } })
      expect(handler).toHaveBeenCalledWith(
        ctx(),
        expect.objectContaining({ name: 'Spring', trackingCode: null, budgetMinor: 0, status: 'planned', segmentId: null }),
      )
    })

    it('treats a missing input as an empty object', async () => {
      const { dispatch, handler } = spiedDispatch()
      expect((await dispatch('pipelines.list', undefined)).ok).toBe(true)
      expect(handler).toHaveBeenCalledWith(ctx(), {})
    })
  })

  describe('errors from a handler', () => {
    const throwing = (error: unknown) => {
      const log = vi.fn()
      const dispatch = createDispatch(
        ctx(),
        table({
          'pipelines.list': () => {
            throw error
          },
        }),
        log,
      )
      return { call: () => dispatch('pipelines.list', {}), log }
    }

    it('passes an AppError on as its shape', async () => {
      const { call, log } = throwing(new AppError('rule', "Couldn't move Dana Li to Won: the final value is missing.", 'wonValueMinor'))
      expect(expectError(await call())).toEqual({ code: 'rule', message: "Couldn't move Dana Li to Won: the final value is missing.", field: 'wonValueMinor' })
      expect(log).not.toHaveBeenCalled()
    })

    it('leaves out the field of an AppError that has none', async () => {
      const { call } = throwing(new AppError('not_found', 'That lead no longer exists.'))
      expect(expectError(await call())).toStrictEqual({ code: 'not_found', message: 'That lead no longer exists.' })
    })

    it('handles a rejected promise like a throw', async () => {
      const dispatch = createDispatch(ctx(), table({ 'pipelines.list': () => Promise.reject(new AppError('conflict', 'Taken', 'name')) }), vi.fn())
      expect(expectError(await dispatch('pipelines.list', {}))).toEqual({ code: 'conflict', message: 'Taken', field: 'name' })
    })

    it('turns an unexpected error into a readable internal error with no stack, and logs it', async () => {
      const bug = new TypeError("Cannot read properties of undefined (reading 'id')")
      const { call, log } = throwing(bug)
      const error = expectError(await call())
      expect(error).toStrictEqual({
        code: 'internal',
        message: 'Something went wrong and nothing was saved. Try again; if it keeps happening, restart Baton.',
      })
      expect(JSON.stringify(error)).not.toMatch(/TypeError|reading 'id'|at .*\.ts/)
      expect(log).toHaveBeenCalledTimes(1)
      expect(log).toHaveBeenCalledWith(expect.stringContaining('pipelines.list'), bug)
    })

    it('treats a thrown non-Error as internal too', async () => {
      const { call, log } = throwing('just a string')
      expect(expectError(await call()).code).toBe('internal')
      expect(log).toHaveBeenCalled()
    })

    it('explains database trouble without logging it as a bug', async () => {
      const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })
      const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
      const readonly = Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' })
      for (const [error, words] of [
        [busy, 'busy'],
        [full, 'disk is full'],
        [readonly, 'read-only'],
      ] as const) {
        const { call, log } = throwing(error)
        const shape = expectError(await call())
        expect(shape.code).toBe('database')
        expect(shape.message).toContain(words)
        expect(log).not.toHaveBeenCalled()
      }
    })

    it('passes on the message of a damaged database', async () => {
      const damaged = new DatabaseDamagedError('/data/baton.sqlite', 'file is not a database')
      const { call } = throwing(damaged)
      expect(expectError(await call())).toEqual({ code: 'damaged', message: damaged.message })
    })

    it('reports a ZodError thrown inside a handler as invalid input', async () => {
      const zodError = z.object({ name: z.string() }).safeParse({ name: 1 }).error
      const { call } = throwing(zodError)
      expect(expectError(await call())).toMatchObject({ code: 'invalid_input', field: 'name' })
    })
  })

  describe('with the real handlers on a real database', () => {
    const database = useTempDatabase()
    const dispatch = () =>
      createDispatch(
        ctx(database().db),
        table({ ...campaignsHandlers, ...leadsHandlers, ...pipelinesHandlers, ...segmentsHandlers }),
        (message, error) => {
          throw new Error(`unexpected log: ${message} ${String(error)}`)
        },
      )

    it('returns values that cross IPC unchanged', async () => {
      const call = async (method: string, input?: unknown) => {
        const result = await dispatch()(method, input)
        expectPlainData(result)
        expect(structuredClone(result)).toStrictEqual(result)
        return expectValue<Record<string, unknown>>(result)
      }
      const segment = await call('segments.create', { name: 'Dentists' })
      const campaign = await call('campaigns.create', { name: 'Spring', channel: 'email', segmentId: segment['id'], trackingCode: 'SPR' })
      const lead = await call('leads.create', { personName: 'Dana Li', sourceCampaignId: campaign['id'], tags: ['vip'], valueMinor: 1000 })
      await call('leads.update', { id: lead['id'], fields: { notes: 'Called back' } })
      await call('leads.move', { leadId: lead['id'], stageId: 7 /* Lost, as seeded */, lostReason: 'No budget' })
      await call('campaigns.list', {})
      await call('campaigns.get', { id: campaign['id'] })
      await call('leads.list', { search: 'dana' })
      await call('pipelines.list')
      await call('segments.list', {})
    })

    it('an error result crosses IPC unchanged too', async () => {
      const result = await dispatch()('campaigns.get', { id: 404 })
      expect(structuredClone(result)).toStrictEqual(result)
      expect(expectError(result).code).toBe('not_found')
    })

    it('updates only the lead fields a patch names', async () => {
      const created = expectValue<Lead>(
        await dispatch()('leads.create', { personName: 'Dana Li', valueMinor: 480_000, probabilityOverride: 35, tags: ['vip'], expectedCloseOn: '2026-06-30' }),
      )
      const updated = expectValue<Lead>(await dispatch()('leads.update', { id: created.id, fields: { company: 'Li Dental' } }))
      // The company is an organisation the deal (and its person) now belongs to; every save is a new version.
      expect(updated).toEqual({ ...created, company: 'Li Dental', organizationId: updated.organizationId, updatedAt: updated.updatedAt, version: created.version + 1 })
      expect(updated.organizationId).toEqual(expect.any(Number))
    })

    it('reports a duplicate tracking code on its field', async () => {
      await dispatch()('campaigns.create', { name: 'A', channel: 'email', trackingCode: 'SPR' })
      expect(expectError(await dispatch()('campaigns.create', { name: 'B', channel: 'seo', trackingCode: 'SPR' }))).toMatchObject({
        code: 'conflict',
        field: 'trackingCode',
      })
    })
  })
})
