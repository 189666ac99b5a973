import { describe, expect, it } from 'vitest'
import { makeServerCertificate } from './certificate'
import { formatInvitation, makeInvitation, parseInvitation, trustOf } from './invitation'

const server = makeServerCertificate('Lumen & Co', ['192.168.1.20'])

const invitation = () =>
  makeInvitation(
    {
      teamName: 'Lumen & Co',
      host: '192.168.1.20',
      port: 5433,
      database: 'baton_lumen_co',
      memberName: 'Mo Member',
      role: 'member',
      login: 'baton_lumen_co_mo_member',
      password: 'k7qm2-xv9pt-abcde-fghij',
      trust: { mode: 'pinned', certificate: server.certificate },
      issuedBy: 'Olivia Owner',
    },
    new Date('2026-03-02T09:00:00.000Z'),
  )

const parse = (value: unknown) => () => parseInvitation(typeof value === 'string' ? value : JSON.stringify(value), 'Mo Member.baton-team')

describe('a team invitation', () => {
  it('comes back from its file exactly as it was written, with the certificate to pin', () => {
    const written = invitation()
    const read = parseInvitation(formatInvitation(written), 'Mo Member.baton-team')
    expect(read).toEqual(written)
    expect(read.tls).toMatchObject({ mode: 'pinned', fingerprint: server.fingerprint })
    expect(trustOf(read)).toEqual({ mode: 'pinned', certificate: server.certificate })
    expect(read).toMatchObject({ version: 1, server: { host: '192.168.1.20', port: 5433, database: 'baton_lumen_co' }, member: { role: 'member' } })
  })

  it('says what is wrong with a broken file, and where', () => {
    expect(parse('{"format": "baton-team-invitation", "vers')).toThrow(/Mo Member\.baton-team is not a Baton team invitation: it is not JSON/)
    expect(parse({ hello: 'world' })).toThrow(/is not a Baton team invitation\. Open the \.baton-team file/)
    expect(parse({ ...invitation(), version: 2 })).toThrow(/made by a newer version of Baton \(invitation version 2\)/)
    expect(parse({ ...invitation(), server: { host: '192.168.1.20', database: 'baton_lumen_co' } })).toThrow(/is damaged: server › port is missing\. Ask the team's owner to save it again/)
    expect(parse({ ...invitation(), member: { name: 'Mo', role: 'admin' } })).toThrow(/is damaged: member › role is not one Baton knows/)
    expect(parse({ ...invitation(), server: { host: '192.168.1.20', port: '5433', database: 'baton_lumen_co' } })).toThrow(/server › port should be a number/)
    expect(parse({ ...invitation(), tls: { mode: 'pinned', certificate: 'not a certificate', fingerprint: server.fingerprint } })).toThrow(/tls › certificate is not a certificate Baton can read/)
  })

  it('refuses a certificate that is not the one its fingerprint names', () => {
    const other = makeServerCertificate('Someone else', [])
    const tampered = { ...invitation(), tls: { mode: 'pinned', certificate: other.certificate, fingerprint: server.fingerprint } }
    expect(parse(tampered)).toThrow(/the certificate's fingerprint does not match/)
  })
})
