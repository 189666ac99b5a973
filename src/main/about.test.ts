import { describe, expect, it } from 'vitest'
import { aboutDetail } from './about'

describe('aboutDetail', () => {
  it('names the version, the data file and its folder', () => {
    const text = aboutDetail({ version: '0.1.0', dataFile: '/home/dana/.config/Baton/baton.sqlite', electron: '45.4.1', platform: 'linux' })
    expect(text).toContain('Version 0.1.0')
    expect(text).toContain('Data file: /home/dana/.config/Baton/baton.sqlite')
    expect(text).toContain('Data folder: /home/dana/.config/Baton')
  })
})
