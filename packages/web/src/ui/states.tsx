import type { CSSProperties, ReactNode } from 'react';
import { errorInfo } from '../lib/errors';
import { Button } from './Button';
import { Icon, type IconName } from './Icon';

export function Skeleton({ width = '100%', height = 14, style, className }: { width?: number | string; height?: number | string; style?: CSSProperties; className?: string }) {
  return <span className={['skeleton', className].filter(Boolean).join(' ')} style={{ display: 'block', width, height, ...style }} aria-hidden="true" />;
}

/** A block of skeleton lines announced once as loading. */
export function LoadingBlock({ lines = 4, label = 'Loading' }: { lines?: number; label?: string }) {
  return (
    <div role="status" aria-live="polite" className="stack-sm" style={{ padding: 16 }}>
      <span className="visually-hidden">{label}…</span>
      {Array.from({ length: lines }, (_, i) => <Skeleton key={i} width={`${90 - ((i * 17) % 40)}%`} />)}
    </div>
  );
}

export function EmptyState({ icon = 'inbox', title, children, action }: { icon?: IconName; title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="state">
      <span className="state-icon"><Icon name={icon} /></span>
      <h3>{title}</h3>
      {children && <p>{children}</p>}
      {action}
    </div>
  );
}

export function ErrorState({ error, onRetry, title = 'This could not be loaded' }: { error: unknown; onRetry?: () => void; title?: string }) {
  const info = errorInfo(error);
  return (
    <div className="state state-error" role="alert">
      <span className="state-icon"><Icon name="warning" /></span>
      <h3>{info.code === 'NOT_FOUND' ? 'Not found' : info.code === 'FORBIDDEN' ? 'No access' : title}</h3>
      <p>{info.message}</p>
      {onRetry && info.code !== 'NOT_FOUND' && info.code !== 'FORBIDDEN' && <Button icon="refresh" onClick={onRetry}>Try again</Button>}
    </div>
  );
}

export function Avatar({ name, large }: { name: string | null | undefined; large?: boolean }) {
  const initials = (name ?? '?').split(/\s+/).filter(Boolean).slice(0, 2).map((p) => p[0]!.toUpperCase()).join('') || '?';
  return <span className={large ? 'avatar avatar-lg' : 'avatar'} aria-hidden="true">{initials}</span>;
}
