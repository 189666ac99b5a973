import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ApiProvider } from '../api/ApiProvider'
import { createClient } from '../api/client'
import { PreferencesProvider } from '../features/preferences/PreferencesProvider'
import { applyTheme, rememberedTheme } from '../features/preferences/theme'
import '../styles/app.css'
import { App } from './App'
import { MissingBridge } from './MissingBridge'

// Every stylesheet comes with the first screen. They are small (about 60 KB in all), and a
// piece shown outside its own page (the report filters on the dashboard, the import dialog from
// the palette) must never appear unstyled because that page's chunk has not loaded yet.
import.meta.glob(['../features/**/*.css', '../ui/**/*.css'], { eager: true })

// Paint in the last theme shown until Settings has loaded, so a dark app does not flash white.
applyTheme(rememberedTheme())

const root = createRoot(document.getElementById('root') as HTMLElement)
root.render(
  <StrictMode>
    {window.baton ? (
      <ApiProvider client={createClient(window.baton)}>
        <PreferencesProvider>
          <App />
        </PreferencesProvider>
      </ApiProvider>
    ) : (
      <MissingBridge />
    )}
  </StrictMode>,
)
