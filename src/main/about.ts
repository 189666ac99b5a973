import { dirname } from 'node:path'

/** The About box's words: which Baton, where its data is. */
export function aboutDetail(info: { version: string; dataFile: string; electron: string; platform: string }): string {
  return [
    `Version ${info.version}`,
    `Data file: ${info.dataFile}`,
    `Data folder: ${dirname(info.dataFile)}`,
    `Electron ${info.electron} on ${info.platform}`,
    '',
    'Offline: your data stays on this computer.',
  ].join('\n')
}
