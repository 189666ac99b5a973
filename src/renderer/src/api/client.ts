import type { InputOf, Method, ResultOf } from '@shared/contract'
import type { BatonBridge } from '@shared/contract/bridge'
import { AppError } from '@shared/errors'

export interface BatonClient {
  call<M extends Method>(method: M, input: InputOf<M>): Promise<ResultOf<M>>
}

/** Unwraps `{ok, value} | {ok, error}` from the bridge: errors become AppError with the field they are about. */
export function createClient(bridge: BatonBridge): BatonClient {
  return {
    async call(method, input) {
      const invoke = bridge[method] as (input: unknown) => ReturnType<BatonBridge[typeof method]>
      if (typeof invoke !== 'function') throw new AppError('unknown_method', `Baton has no call named “${method}”.`)
      const result = await invoke(input)
      if (result.ok) return result.value
      throw new AppError(result.error.code, result.error.message, result.error.field)
    },
  }
}

declare global {
  interface Window {
    baton?: BatonBridge
  }
}
