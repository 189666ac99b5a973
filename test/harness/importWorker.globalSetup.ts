import { bundledWorker } from '../../src/main/features/imports/worker-launcher'

// The unit and component tests start real import workers from the TypeScript source, which is
// bundled with esbuild on first use. esbuild will not load inside jsdom (its TextEncoder is not
// Node's), so the bundle is made here, in plain Node, before any test runs; the tests then find
// it up to date.
export default function setup(): void {
  bundledWorker()
}
