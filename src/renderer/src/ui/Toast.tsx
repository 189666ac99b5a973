import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'

interface Toast {
  id: number
  message: string
  tone: 'info' | 'error'
  action?: { label: string; run(): void } | undefined
}

interface ToastApi {
  show(message: string, options?: { tone?: 'info' | 'error'; action?: Toast['action']; ms?: number }): void
}

const ToastContext = createContext<ToastApi>({ show: () => undefined })

/** Short messages at the bottom of the window: what just happened, and an undo when there is one. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const nextId = useRef(1)
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), [])
  const show = useCallback<ToastApi['show']>(
    (message, options = {}) => {
      const id = nextId.current++
      setToasts((all) => [...all.slice(-2), { id, message, tone: options.tone ?? 'info', action: options.action }])
      window.setTimeout(() => dismiss(id), options.ms ?? (options.tone === 'error' ? 8000 : 5000))
    },
    [dismiss],
  )
  const api = useMemo(() => ({ show }), [show])
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast--${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
            <span>{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="toast__action"
                onClick={() => {
                  toast.action?.run()
                  dismiss(toast.id)
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="toast__close" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  )
}

export const useToast = () => useContext(ToastContext)
