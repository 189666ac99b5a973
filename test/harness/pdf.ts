import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { SCREENSHOT_DIR } from './paths'

/** Renders each page of a PDF to test-results/<prefix>-<n>.png with poppler's pdftoppm; returns the page count. */
export function pdfToPngs(pdf: string, prefix: string): number {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  for (const old of readdirSync(SCREENSHOT_DIR).filter((f) => f.startsWith(`${prefix}-`))) rmSync(join(SCREENSHOT_DIR, old))
  execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(SCREENSHOT_DIR, prefix)])
  return readdirSync(SCREENSHOT_DIR).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png')).length
}
