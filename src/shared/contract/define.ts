import type { z } from 'zod'

/**
 * One IPC call: the zod schema its input must pass (checked in main, because the
 * renderer is not trusted) and its result type (a type-only marker).
 */
export interface CallSpec<Input extends z.ZodType = z.ZodType, Result = unknown> {
  readonly input: Input
  readonly result?: Result
}

export type ContractSection = Record<string, CallSpec>

export function call<Input extends z.ZodType>(input: Input) {
  return {
    returns<Result>(): CallSpec<Input, Result> {
      return { input }
    },
  }
}
