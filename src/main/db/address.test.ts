import { describe, expect, it } from 'vitest'
import { redactAddress } from './address'

// Every address Baton shows in a message or writes to a log goes through redactAddress.

describe('redactAddress', () => {
  it('hides the password in the user part, and keeps what a person needs to recognise the server', () => {
    expect(redactAddress('postgres://dana:s3cr%40t@db.firm.test:5433/baton_lumen')).toBe('postgres://dana:*****@db.firm.test:5433/baton_lumen')
  })

  it('hides a password passed as a parameter, and leaves the others', () => {
    const shown = redactAddress('postgresql://dana@10.0.0.5/baton?password=hunter2&sslmode=verify-full&sslrootcert=%2Ftmp%2Fserver.crt')
    expect(shown).not.toContain('hunter2')
    expect(shown).toContain('password=*****')
    expect(shown).toContain('sslmode=verify-full')
  })

  it('leaves an address without a password as it is', () => {
    expect(redactAddress('postgres://dana@[::1]:5432/baton')).toBe('postgres://dana@[::1]:5432/baton')
  })

  it('shows only the scheme of something that is not an address, never what might be a password', () => {
    expect(redactAddress('postgres://dana:pa ss@host:notaport/db')).toBe('postgres://…')
    expect(redactAddress('mysql://dana:hunter2@host/db')).toBe('postgres://…')
    expect(redactAddress('hunter2')).toBe('postgres://…')
    expect(redactAddress('dana:hunter2@host')).toBe('postgres://…')
  })
})
