import { METHODS } from '@shared/contract'
import type { BatonBridge } from '@shared/contract/bridge'
import type { Dispatch } from '../../src/main/ipc/dispatch'

/**
 * A `window.baton` backed by the real handlers in this process, for component tests.
 * Inputs and results are cloned the way IPC clones them, so nothing is shared by reference.
 */
export function inProcessBridge(dispatch: Dispatch): BatonBridge {
  return Object.fromEntries(
    METHODS.map((method) => [method, async (input: unknown) => structuredClone(await dispatch(method, structuredClone(input)))]),
  ) as BatonBridge
}
