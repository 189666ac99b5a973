import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import type { TeamProfile } from './connection'

// The team workspaces this computer knows (never a password: those are in the keychain) and
// which workspace was open last, so Baton opens it again at the next start.

const FILE = 'team-workspaces.json'

const Profile = z.object({
  id: z.string(),
  teamName: z.string(),
  host: z.string(),
  port: z.int(),
  database: z.string(),
  login: z.string(),
  memberName: z.string().nullable(),
  trust: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('pinned'), certificate: z.string() }),
    z.object({ mode: z.literal('public') }),
    z.object({ mode: z.literal('this-computer') }),
  ]),
  hosted: z.object({ dataDir: z.string(), listen: z.string(), port: z.int() }).optional(),
})

const Saved = z.object({ last: z.string().nullable(), profiles: z.array(Profile) })
type Saved = z.infer<typeof Saved>

export class TeamProfiles {
  private readonly file: string

  constructor(appDataDir: string) {
    this.file = join(appDataDir, FILE)
  }

  private read(): Saved {
    if (!existsSync(this.file)) return { last: null, profiles: [] }
    const parsed = Saved.safeParse((() => {
      try {
        return JSON.parse(readFileSync(this.file, 'utf8')) as unknown
      } catch {
        return null
      }
    })())
    // A damaged list is forgotten: the solo workspace opens, and a team can be joined again.
    return parsed.success ? parsed.data : { last: null, profiles: [] }
  }

  private write(saved: Saved): void {
    mkdirSync(dirname(this.file), { recursive: true })
    writeFileSync(`${this.file}.next`, `${JSON.stringify(saved, null, 2)}\n`)
    renameSync(`${this.file}.next`, this.file)
  }

  /** Every team workspace this computer knows. */
  all(): TeamProfile[] {
    return this.read().profiles
  }

  /** The team workspace open when Baton last closed, or null for the solo one. */
  last(): TeamProfile | null {
    const saved = this.read()
    return saved.profiles.find((p) => p.id === saved.last) ?? null
  }

  /** Remembers the profile (replacing one with its id) and that it is the one open now. */
  opened(profile: TeamProfile | null): void {
    const saved = this.read()
    const profiles = profile ? [...saved.profiles.filter((p) => p.id !== profile.id), profile] : saved.profiles
    this.write({ last: profile?.id ?? null, profiles })
  }
}
