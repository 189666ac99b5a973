import { afterEach, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from '../harness/startApp'

// Possible duplicates: two records of one person, found by their shared address, merged side by
// side in the dialog (their deals moving to the one kept), then the merge undone from the toast.

describe('Merging duplicate people', () => {
  let app: RunningApp | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('merges two people who share an email, moving their deals, and undoes it from the toast', async () => {
    app = await startApp({ path: '/pipeline' })
    const { page } = app
    const ok = async <T,>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) => {
      const done = await result
      if (!done.ok) throw new Error(done.error.message)
      return done.value
    }
    const acme = await ok(app.call('organizations.create', { name: 'Acme Ltd', domain: 'acme.com', industry: 'Manufacturing' }))
    const dana = await ok(app.call('people.create', { name: 'Dana Li', emails: ['dana@acme.com'], phones: ['+44 20 7946 0101'], jobTitle: 'CTO', organizationId: acme.id, tags: ['vip'], owner: 'Olivia Grant' }))
    const twin = await ok(
      app.call('people.create', {
        name: 'Dana Li-Chen',
        emails: ['Dana@Acme.com', 'dana.lichen@gmail.com'],
        phones: ['+44 7700 900123'],
        jobTitle: 'Chief Technology Officer',
        tags: ['renewal'],
        notes: 'Prefers calls after 3pm',
      }),
    )
    const first = await ok(app.call('leads.create', { personId: dana.id, organizationId: acme.id, title: 'Factory sensors', valueMinor: 12_000_00 }))
    const second = await ok(app.call('leads.create', { personId: twin.id, title: 'Support renewal', valueMinor: 4_800_00 }))
    const third = await ok(app.call('leads.create', { personId: twin.id, title: 'Training day', valueMinor: 1_500_00 }))
    const dealsOf = async (id: number) => (await ok(app!.call('people.leads', { id }))).map((lead) => lead.id).sort((x, y) => x - y)

    // The palette finds the page.
    await page.keyboard.press('Control+k')
    const palette = page.getByRole('dialog', { name: 'Search and commands' })
    await palette.getByRole('combobox').fill('duplicates')
    await palette.getByRole('option', { name: /^Find duplicate people and organisations/ }).click()
    const pair = page.getByRole('listitem', { name: 'Dana Li and Dana Li-Chen' })
    await pair.getByText('Same email').waitFor()
    await app.screenshot('customers-duplicates')
    await pair.getByRole('button', { name: 'Merge…' }).click()

    const dialog = page.getByRole('dialog', { name: 'Merge two people' })
    // Dana Li-Chen has more deals, so that record is the one kept unless someone says otherwise.
    await dialog.getByRole('button', { name: 'Merge into Dana Li-Chen' }).waitFor()
    await dialog.getByRole('radio', { name: 'Keep Dana Li', exact: true }).check()
    await dialog.getByRole('radio', { name: 'Name: Dana Li', exact: true }).check()
    await dialog.getByRole('radio', { name: 'Job title: Chief Technology Officer' }).check()
    await dialog.getByRole('list', { name: 'Emails after the merge' }).getByText('dana.lichen@gmail.com').waitFor()
    await app.screenshot('customers-merge')
    await dialog.getByRole('button', { name: 'Merge into Dana Li' }).click()

    await page.getByRole('status').filter({ hasText: 'Merged Dana Li-Chen into Dana Li. 2 deals moved.' }).waitFor()
    expect(await dealsOf(dana.id)).toEqual([first.id, second.id, third.id])
    expect(await ok(app.call('people.get', { id: dana.id }))).toMatchObject({ name: 'Dana Li', jobTitle: 'Chief Technology Officer', emails: ['dana@acme.com', 'dana.lichen@gmail.com'] })
    await page.getByText('No likely duplicate people').waitFor()

    await page.getByRole('status').filter({ hasText: 'Merged Dana Li-Chen' }).getByRole('button', { name: 'Undo' }).click()
    await page.getByRole('status').filter({ hasText: 'Merge undone: Dana Li and Dana Li-Chen are two again.' }).waitFor()
    expect(await dealsOf(dana.id)).toEqual([first.id])
    expect(await dealsOf(twin.id)).toEqual([second.id, third.id])
    expect(await ok(app.call('people.get', { id: twin.id }))).toMatchObject({ name: 'Dana Li-Chen', jobTitle: 'Chief Technology Officer', notes: 'Prefers calls after 3pm' })
    expect(await ok(app.call('people.get', { id: dana.id }))).toMatchObject({ jobTitle: 'CTO', emails: ['dana@acme.com'] })
    await pair.waitFor()
    expect(app.errors).toEqual([])
  })
})
