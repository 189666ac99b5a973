import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveDataDir } from './data-dir'

const userData = '/home/dana/.config/Baton'
const electronArgv = ['/usr/bin/baton', '.']

describe('resolveDataDir', () => {
  it('uses userData when nothing overrides it', () => {
    expect(resolveDataDir(electronArgv, userData, {})).toBe(userData)
  })

  it('takes --data-dir DIR', () => {
    expect(resolveDataDir([...electronArgv, '--data-dir', '/srv/baton'], userData, {})).toBe('/srv/baton')
  })

  it('takes --data-dir=DIR', () => {
    expect(resolveDataDir([...electronArgv, '--data-dir=/srv/baton'], userData, {})).toBe('/srv/baton')
  })

  it('makes a relative folder absolute', () => {
    expect(resolveDataDir(['--data-dir', 'work/data'], userData, {})).toBe(resolve('work/data'))
    expect(resolveDataDir(['--data-dir=work/data'], userData, {})).toBe(resolve('work/data'))
  })

  it('takes BATON_DATA_DIR from the environment', () => {
    expect(resolveDataDir(electronArgv, userData, { BATON_DATA_DIR: '/env/baton' })).toBe('/env/baton')
  })

  it('prefers the command line to the environment', () => {
    expect(resolveDataDir(['--data-dir=/cli'], userData, { BATON_DATA_DIR: '/env/baton' })).toBe('/cli')
  })

  it('uses the first --data-dir given', () => {
    expect(resolveDataDir(['--data-dir=/first', '--data-dir', '/second'], userData, {})).toBe('/first')
  })

  it('ignores a --data-dir with no folder after it', () => {
    expect(resolveDataDir([...electronArgv, '--data-dir'], userData, {})).toBe(userData)
    expect(resolveDataDir([...electronArgv, '--data-dir='], userData, {})).toBe(userData)
    expect(resolveDataDir([...electronArgv, '--data-dir='], userData, { BATON_DATA_DIR: '/env/baton' })).toBe('/env/baton')
  })

  it('ignores an empty BATON_DATA_DIR', () => {
    expect(resolveDataDir(electronArgv, userData, { BATON_DATA_DIR: '' })).toBe(userData)
  })

  it('does not mistake a look-alike flag', () => {
    expect(resolveDataDir(['--data-directory', '/x', '--no-data-dir=/y'], userData, {})).toBe(userData)
  })
})
