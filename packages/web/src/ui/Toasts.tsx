import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button } from './Button';

export interface ToastOptions {
  kind?: 'info' | 'success' | 'error';
  message: ReactNode;
  action?: { label: string; onClick: () => void };
  /** Milliseconds; errors stay longer. */
  duration?: number;
}

interface Toast extends ToastOptions {
  id: number;
}

interface ToastApi {
  show(options: ToastOptions): number;
  dismiss(id: number): void;
}

const ToastContext = createContext<ToastApi | null>(null);

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const show = useCallback((options: ToastOptions) => {
    const id = nextId.current++;
    setToasts((list) => [...list.slice(-3), { ...options, id }]);
    const duration = options.duration ?? (options.kind === 'error' ? 9000 : 5000);
    if (duration > 0) setTimeout(() => dismiss(id), duration);
    return id;
  }, [dismiss]);
  const api = useMemo(() => ({ show, dismiss }), [show, dismiss]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="region" aria-label="Notifications">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.kind ?? 'info'}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
            <span className="toast-message">{toast.message}</span>
            {toast.action && (
              <Button size="sm" onClick={() => { toast.action!.onClick(); dismiss(toast.id); }}>{toast.action.label}</Button>
            )}
            <Button size="sm" variant="ghost" icon="close" aria-label="Dismiss" onClick={() => dismiss(toast.id)} />
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast needs a ToastProvider');
  return api;
}
