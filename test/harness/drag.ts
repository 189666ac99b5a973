import type { Locator, Page } from 'playwright-core'

/**
 * Drags `from` to `to` with the mouse as a person does: a small first move picks the card up, then it travels to
 * `offsetY` below the target's top edge (its middle if not given); `beforeDrop` runs while the card is held there.
 */
export async function dragWithMouse(page: Page, from: Locator, to: Locator, { offsetY, beforeDrop }: { offsetY?: number; beforeDrop?: () => Promise<unknown> } = {}): Promise<void> {
  await from.scrollIntoViewIfNeeded()
  const start = await from.boundingBox()
  const end = await to.boundingBox()
  if (!start || !end) throw new Error('drag: an element is not on screen')
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2)
  await page.mouse.down()
  await page.mouse.move(start.x + start.width / 2 + 12, start.y + start.height / 2 + 4, { steps: 4 })
  await page.mouse.move(end.x + end.width / 2, end.y + (offsetY ?? end.height / 2), { steps: 16 })
  await beforeDrop?.()
  await page.mouse.up()
}
