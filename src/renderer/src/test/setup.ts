import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// jsdom does no layout, so every element measures 0×0 and virtualised lists would render
// nothing. Give scroll viewports (client size) the size of a column or a table, and each
// measured row (offset size) the height of a card.
Object.defineProperties(HTMLElement.prototype, {
  clientHeight: { configurable: true, get: () => 720 },
  clientWidth: { configurable: true, get: () => 960 },
  offsetHeight: { configurable: true, get: () => 100 },
  offsetWidth: { configurable: true, get: () => 960 },
})

// jsdom has no 2D canvas and complains when asked for one; say "none" quietly, as a
// browser without canvas support would, so charts render their data table only.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext

afterEach(() => cleanup())
