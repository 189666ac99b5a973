import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ApiProvider } from '../api/ApiProvider'
import { createClient } from '../api/client'
import { PreferencesProvider } from '../features/preferences/PreferencesProvider'
import { applyTheme, rememberedTheme } from '../features/preferences/theme'
import '../styles/app.css'
import { App } from './App'
import { MissingBridge } from './MissingBridge'

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
