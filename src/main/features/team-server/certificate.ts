import { createHash, generateKeyPairSync, randomBytes, sign, X509Certificate } from 'node:crypto'
import { isIP } from 'node:net'
import { AsnConvert, OctetString } from '@peculiar/asn1-schema'
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  BasicConstraints,
  Certificate,
  Extension,
  Extensions,
  GeneralName,
  id_ce_basicConstraints,
  id_ce_subjectAltName,
  Name,
  RelativeDistinguishedName,
  SubjectAlternativeName,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
} from '@peculiar/asn1-x509'

// The team server's own certificate. Node makes the key and signs; @peculiar/asn1-x509 (the
// ASN.1 schema classes behind PeculiarVentures' x509 tools, no dependency injection or global
// polyfill, unlike their higher-level @peculiar/x509 and `selfsigned`, which need reflect-metadata)
// lays out the DER, so no byte of the certificate is encoded by hand here. Members pin it by its
// SHA-256 fingerprint: nobody vouches for it but the owner who reads the fingerprint out.

const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2'
const COMMON_NAME = '2.5.4.3'
const ORGANIZATION = '2.5.4.10'
const YEARS_VALID = 10

export interface ServerCertificate {
  /** PEM of the certificate, for the server, the invitation and the members' pin. */
  certificate: string
  /** PEM (PKCS #8) of the private key: it never leaves the server's data folder. */
  privateKey: string
  fingerprint: string
}

/** The SHA-256 fingerprint as people read and compare it: upper-case hex pairs joined by colons. */
export function fingerprintOf(certificate: string | Buffer): string {
  const der = typeof certificate === 'string' ? new X509Certificate(certificate).raw : certificate
  return createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g)!.join(':')
}

/** A fingerprint typed or pasted by a person (any case, with or without colons or spaces), or null when it is not one. */
export function normaliseFingerprint(text: string): string | null {
  const hex = text.replace(/[\s:-]/g, '').toUpperCase()
  return /^[0-9A-F]{64}$/.test(hex) ? hex.match(/../g)!.join(':') : null
}

const name = (teamName: string) =>
  new Name([
    new RelativeDistinguishedName([new AttributeTypeAndValue({ type: ORGANIZATION, value: new AttributeValue({ utf8String: teamName.slice(0, 64) }) })]),
    new RelativeDistinguishedName([new AttributeTypeAndValue({ type: COMMON_NAME, value: new AttributeValue({ utf8String: 'Baton team server' }) })]),
  ])

const extension = (extnID: string, value: unknown, critical = false) =>
  new Extension({ extnID, critical, extnValue: new OctetString(AsnConvert.serialize(value)) })

/**
 * A self-signed certificate for the team server: an ECDSA P-256 key, valid ten years, naming
 * every address it listens on (members pin the fingerprint, so the names matter only to tools
 * such as psql that check them).
 */
export function makeServerCertificate(teamName: string, addresses: readonly string[], now = new Date()): ServerCertificate {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const notAfter = new Date(now)
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + YEARS_VALID)
  const serial = randomBytes(16)
  serial[0]! &= 0x7f // a positive INTEGER
  const signature = new AlgorithmIdentifier({ algorithm: ECDSA_WITH_SHA256 })
  const altNames = [...new Set(['localhost', '127.0.0.1', '::1', ...addresses])].map((address) =>
    isIP(address) ? new GeneralName({ iPAddress: address }) : new GeneralName({ dNSName: address }),
  )
  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: serial.buffer.slice(serial.byteOffset, serial.byteOffset + serial.length),
    signature,
    issuer: name(teamName),
    validity: new Validity({ notBefore: now, notAfter }),
    subject: name(teamName),
    subjectPublicKeyInfo: AsnConvert.parse(publicKey.export({ type: 'spki', format: 'der' }), SubjectPublicKeyInfo),
    extensions: new Extensions([
      // A CA of its own: a member's TLS library trusts it as the one root it was given.
      extension(id_ce_basicConstraints, new BasicConstraints({ cA: true }), true),
      extension(id_ce_subjectAltName, new SubjectAlternativeName(altNames)),
    ]),
  })
  const tbsDer = Buffer.from(AsnConvert.serialize(tbs))
  const signatureValue = sign('sha256', tbsDer, privateKey)
  const der = Buffer.from(
    AsnConvert.serialize(new Certificate({ tbsCertificate: tbs, signatureAlgorithm: signature, signatureValue: signatureValue.buffer.slice(signatureValue.byteOffset, signatureValue.byteOffset + signatureValue.length) })),
  )
  const certificate = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`
  return { certificate, privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), fingerprint: fingerprintOf(der) }
}
