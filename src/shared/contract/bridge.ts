import type { IpcResult } from '../errors'
import type { InputOf, Method, ResultOf } from './index'

/**
 * What the preload exposes as `window.baton` (and the e2e harness imitates):
 * one function per contract call, each returning the wrapped result.
 */
export type BatonBridge = { [M in Method]: (input: InputOf<M>) => Promise<IpcResult<ResultOf<M>>> }

/** The single IPC channel every call goes through. */
export const IPC_CHANNEL = 'baton:call'
