import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './Button';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  /** "drawer" slides in from the right and holds a whole record. */
  variant?: 'dialog' | 'drawer';
  headerExtra?: ReactNode;
  className?: string;
}

/**
 * A modal on the native <dialog> element: focus moves into it and is kept there, Escape closes it,
 * focus returns to what opened it, and the page behind is inert.
 */
export function Dialog({ open, onClose, title, children, footer, variant = 'dialog', headerExtra, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  // Focus goes back to what opened the dialog, also when it closes by unmounting (a route change).
  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement as HTMLElement | null;
    return () => {
      if (opener?.isConnected) setTimeout(() => opener.focus({ preventScroll: true }), 0);
    };
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => dialog.removeEventListener('cancel', onCancel);
  }, []);

  const onBackdrop = (event: React.MouseEvent<HTMLDialogElement>) => {
    if (event.target === ref.current) onClose();
  };

  if (variant === 'drawer') {
    return (
      <dialog ref={ref} className={['drawer', className].filter(Boolean).join(' ')} aria-labelledby={titleId} onClick={onBackdrop}>
        {open && (
          <div className="drawer-inner">
            <div className="drawer-header">
              <h2 id={titleId} className="truncate" style={{ flex: 1 }}>{title}</h2>
              {headerExtra}
              <Button variant="ghost" icon="close" aria-label="Close" onClick={onClose} />
            </div>
            <div className="drawer-body">{children}</div>
          </div>
        )}
      </dialog>
    );
  }
  return (
    <dialog ref={ref} className={['dialog', className].filter(Boolean).join(' ')} aria-labelledby={titleId} onClick={onBackdrop}>
      {open && (
        <>
          <div className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <Button variant="ghost" size="sm" icon="close" aria-label="Close" onClick={onClose} />
          </div>
          <div className="dialog-body">{children}</div>
          {footer && <div className="dialog-footer">{footer}</div>}
        </>
      )}
    </dialog>
  );
}

/** A yes/no question before something destructive. */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel, busy }: {
  open: boolean; title: string; children: ReactNode; confirmLabel: string; onConfirm: () => void; onCancel: () => void; busy?: boolean;
}) {
  return (
    <Dialog open={open} onClose={onCancel} title={title}
      footer={<><Button onClick={onCancel}>Cancel</Button><Button variant="danger" busy={busy} onClick={onConfirm}>{confirmLabel}</Button></>}>
      {children}
    </Dialog>
  );
}
