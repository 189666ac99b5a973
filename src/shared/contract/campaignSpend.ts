import { z } from 'zod'
import type { SpendEntry, SpendLedger } from '../domain/campaignSpend'
import { isRealDate } from '../domain/dates'
import { call } from './define'
import { Id, Minor, optionalText } from './fields'

export const SpendInput = z.object({
  spentOn: z.string('Enter the day the money was spent').refine(isRealDate, 'Enter the day the money was spent (YYYY-MM-DD)'),
  amountMinor: Minor.positive('Enter an amount above zero'),
  note: optionalText(200),
})
export type SpendInput = z.input<typeof SpendInput>

export const campaignSpendContract = {
  'campaignSpend.ledger': call(z.object({ campaignId: Id })).returns<SpendLedger>(),
  'campaignSpend.create': call(z.object({ campaignId: Id, fields: SpendInput })).returns<SpendEntry>(),
  'campaignSpend.update': call(z.object({ id: Id, fields: SpendInput })).returns<SpendEntry>(),
  /** Returns the deleted entry, so the screen can offer to put it back. */
  'campaignSpend.delete': call(z.object({ id: Id })).returns<SpendEntry>(),
}
