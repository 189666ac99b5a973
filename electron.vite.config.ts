import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { preloadDefines } from './scripts/preload-methods'

const alias = { '@shared': resolve(import.meta.dirname, 'src/shared') }

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      // The import runs in a worker thread: its entry is bundled beside index.js as import.worker.js.
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          'import.worker': resolve(import.meta.dirname, 'src/main/features/imports/import.worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    // The method list is computed from the contract here, at build time, so the preload
    // carries names only — no zod, no schemas.
    define: preloadDefines(),
    build: {
      // A sandboxed preload cannot require() from node_modules and cannot be ESM:
      // bundle everything into one CommonJS file.
      externalizeDeps: false,
      minify: true,
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    resolve: { alias },
    plugins: [react()],
    build: { minify: true },
  },
})
