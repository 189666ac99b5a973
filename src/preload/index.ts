import { contextBridge, ipcRenderer } from 'electron'
import { METHODS } from '@shared/contract'
import { IPC_CHANNEL, type BatonBridge } from '@shared/contract/bridge'

// The keyhole: exactly the contract's calls, each one invoke() on the single channel.
// No ipcRenderer, send or on leaves this file.
const bridge = Object.fromEntries(METHODS.map((method) => [method, (input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, method, input)])) as BatonBridge

contextBridge.exposeInMainWorld('baton', bridge)
