import { describe, expect, it } from 'vitest'
import { initialScripts } from './bundle-size'

describe('initialScripts', () => {
  it('lists the entry and the preloaded modules once each, not stylesheets or lazy chunks', () => {
    const html = `<script type="module" crossorigin src="./assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/react-B.js">
      <link rel="modulepreload" crossorigin href="./assets/index-A.js">
      <link rel="stylesheet" crossorigin href="./assets/index-C.css">`
    expect(initialScripts(html)).toEqual(['assets/index-A.js', 'assets/react-B.js'])
  })
})
