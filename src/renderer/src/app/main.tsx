import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ApiProvider } from '../api/ApiProvider'
import { createClient } from '../api/client'
import '../styles/app.css'
import { App } from './App'
import { MissingBridge } from './MissingBridge'

const root = createRoot(document.getElementById('root') as HTMLElement)
root.render(
  <StrictMode>
    {window.baton ? (
      <ApiProvider client={createClient(window.baton)}>
        <App />
      </ApiProvider>
    ) : (
      <MissingBridge />
    )}
  </StrictMode>,
)
