import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { AppError } from '@shared/errors'

// Where Baton keeps the passwords it must remember (a team workspace's login, the hosted
// server's administrator): the operating system's keychain. In the app the secrets are
// encrypted by Electron's safeStorage (Keychain on macOS, DPAPI on Windows, the Secret
// Service on Linux) and only the ciphertext is written, to one file in Baton's folder.
// Scripts and tests use the same file with a cipher that does nothing: never for real use.

export interface Keychain {
  get(key: string): Promise<string | null>
  set(key: string, secret: string): Promise<void>
  delete(key: string): Promise<void>
}

/** What encrypts a secret before it is written (Electron's safeStorage has this shape). */
export interface SecretCipher {
  isEncryptionAvailable(): boolean
  encryptString(text: string): Buffer
  decryptString(data: Buffer): string
}

/** For scripts and tests only: writes the secret as it is (in a file only its owner may read). */
export const plainCipher: SecretCipher = {
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from(text, 'utf8'),
  decryptString: (data) => data.toString('utf8'),
}

const NO_KEYCHAIN = new AppError(
  'rule',
  "This computer has no keychain Baton can keep passwords in (on Linux: GNOME Keyring or KWallet), so Baton can't remember the team's password. Set one up, then try again.",
)

/** A keychain kept in one JSON file of encrypted secrets (base64), readable by its owner only. */
export class FileKeychain implements Keychain {
  constructor(
    private readonly file: string,
    private readonly cipher: SecretCipher,
  ) {}

  private read(): Record<string, string> {
    if (!existsSync(this.file)) return {}
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'))
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {}
    } catch {
      // A damaged file forgets its passwords; Baton asks for them again.
      return {}
    }
  }

  private write(entries: Record<string, string>): void {
    mkdirSync(dirname(this.file), { recursive: true })
    const next = `${this.file}.next`
    writeFileSync(next, JSON.stringify(entries, null, 2), { mode: 0o600 })
    chmodSync(next, 0o600)
    renameSync(next, this.file)
  }

  get(key: string): Promise<string | null> {
    const stored = this.read()[key]
    if (stored === undefined || !this.cipher.isEncryptionAvailable()) return Promise.resolve(null)
    try {
      return Promise.resolve(this.cipher.decryptString(Buffer.from(stored, 'base64')))
    } catch {
      return Promise.resolve(null)
    }
  }

  set(key: string, secret: string): Promise<void> {
    if (!this.cipher.isEncryptionAvailable()) return Promise.reject(NO_KEYCHAIN)
    this.write({ ...this.read(), [key]: this.cipher.encryptString(secret).toString('base64') })
    return Promise.resolve()
  }

  delete(key: string): Promise<void> {
    const entries = this.read()
    if (key in entries) {
      delete entries[key]
      this.write(entries)
    }
    return Promise.resolve()
  }
}

/** Remembers for as long as the process runs: a workspace opened without a window. */
export class MemoryKeychain implements Keychain {
  private readonly entries = new Map<string, string>()
  get(key: string) {
    return Promise.resolve(this.entries.get(key) ?? null)
  }
  set(key: string, secret: string) {
    this.entries.set(key, secret)
    return Promise.resolve()
  }
  delete(key: string) {
    this.entries.delete(key)
    return Promise.resolve()
  }
}
