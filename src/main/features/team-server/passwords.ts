import { createHash, createHmac, pbkdf2Sync, randomBytes, randomInt } from 'node:crypto'

// Members' passwords: made by Baton, shown once, put in the invitation, and handed to the
// server only as a SCRAM-SHA-256 verifier (what PostgreSQL stores), so the password itself
// never reaches the server's statement log or its catalog.

// No 0/O, 1/l/I: a person may have to read it out or type it.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'

/** Four groups of five (about 100 bits): "k7qm2-xv9pt-…". */
export function generatePassword(): string {
  const group = () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
  return [group(), group(), group(), group()].join('-')
}

/** The SCRAM-SHA-256 verifier PostgreSQL keeps for `password` (RFC 5802/7677, as libpq's PQencryptPasswordConn makes it). */
export function scramVerifier(password: string, iterations = 4096, salt = randomBytes(16)): string {
  const salted = pbkdf2Sync(password.normalize('NFKC'), salt, iterations, 32, 'sha256')
  const clientKey = createHmac('sha256', salted).update('Client Key').digest()
  const storedKey = createHash('sha256').update(clientKey).digest()
  const serverKey = createHmac('sha256', salted).update('Server Key').digest()
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`
}
