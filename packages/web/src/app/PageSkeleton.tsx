import { Skeleton } from '../ui/states';

export function PageSkeleton() {
  return (
    <div className="page" role="status" aria-live="polite">
      <span className="visually-hidden">Loading…</span>
      <Skeleton width={220} height={24} />
      <div className="panel" style={{ padding: 16 }}>
        <div className="stack-sm">
          {Array.from({ length: 6 }, (_, i) => <Skeleton key={i} height={18} width={`${95 - i * 7}%`} />)}
        </div>
      </div>
    </div>
  );
}
