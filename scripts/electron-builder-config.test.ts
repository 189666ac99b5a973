import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// electron-builder's own configuration loading and schema validation (the same functions
// `electron-builder` runs before it packages anything), on our electron-builder.yml.
const require = createRequire(import.meta.url)
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig: (projectDir: string, configPath: string | null, configFromOptions: unknown) => Promise<Record<string, unknown>>
  validateConfiguration: (config: unknown, debugLogger: unknown) => Promise<void>
}
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }

const ROOT = join(import.meta.dirname, '..')

type Config = Record<string, unknown> & {
  linux: { target: string[]; icon: string }
  win: { target: string; icon: string }
  mac: { target: string; icon: string }
  asarUnpack: string[]
  electronFuses: Record<string, boolean>
}

async function loadConfig(): Promise<Config> {
  return (await getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null)) as Config
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s configuration validation', async () => {
    const config = await loadConfig()
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  }, 60_000)

  it('is really checked: a wrong key is refused', async () => {
    const config = { ...(await loadConfig()), linux: { target: ['AppImage'], notAnOption: true } }
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object[\s\S]*configuration.linux/)
  }, 60_000)

  it('builds AppImage and deb, NSIS and dmg, with icons that exist', async () => {
    const config = await loadConfig()
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.win.target).toBe('nsis')
    expect(config.mac.target).toBe('dmg')
    for (const icon of [config.linux.icon, config.win.icon, config.mac.icon]) expect(existsSync(join(ROOT, icon)), icon).toBe(true)
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(existsSync(join(ROOT, config.linux.icon, `${size}x${size}.png`))).toBe(true)
  })

  it('unpacks the native SQLite module from the asar and hardens the fuses', async () => {
    const config = await loadConfig()
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**')
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
  })
})
