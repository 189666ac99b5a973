import { describe, expect, it } from 'vitest'
import { folderLabel, workspaceTitle } from './workspaceTitle'

describe('the window title', () => {
  it('says which workspace is open and where', () => {
    expect(workspaceTitle({ kind: 'team', teamName: 'Acme', host: '10.0.0.5' })).toBe('Baton — Acme (team, 10.0.0.5)')
    expect(workspaceTitle({ kind: 'solo', folderLabel: '~/Baton' })).toBe('Baton — ~/Baton (solo)')
  })

  it('writes the home folder as ~, on any system, and leaves other paths alone', () => {
    expect(folderLabel('/home/ana/Baton', '/home/ana')).toBe('~/Baton')
    expect(folderLabel('/home/ana/Baton', '/home/ana/')).toBe('~/Baton')
    expect(folderLabel('/home/ana', '/home/ana')).toBe('~')
    expect(folderLabel('/home/anabel/Baton', '/home/ana')).toBe('/home/anabel/Baton')
    expect(folderLabel('C:\\Users\\ana\\Documents\\Baton', 'C:\\Users\\ana')).toBe('~\\Documents\\Baton')
    expect(folderLabel('/srv/baton', '')).toBe('/srv/baton')
  })
})
