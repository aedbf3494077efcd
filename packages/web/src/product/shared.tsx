import { useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { enumLabel } from '../records/fields';
import { setParam, useUpdateParams } from '../lib/urlParams';

/** The roadmaps the product pages choose from (ideas, roadmap, OKRs). */
export const IdeaRoadmapsDocument = graphql(`
  query IdeaRoadmaps {
    roadmaps(first: 50) { nodes { id name key } }
  }
`);

/** The badge colour of a product status: done-like green, stopped red, under way blue, the rest plain. */
const TONE: Record<string, string> = {
  DONE: 'success', COMPLETED: 'success', RELEASED: 'success', APPROVED: 'success', PUBLISHED: 'success', ACHIEVED: 'success',
  CANCELLED: 'danger', REJECTED: 'danger', ARCHIVED: 'danger',
  IN_PROGRESS: 'info', IN_REVIEW: 'info', TESTING: 'info', READY: 'info', ACTIVE: 'info', REVIEW: 'info', IN_DEVELOPMENT: 'info',
  AT_RISK: 'warning',
};

export function statusBadge(status: string) {
  const tone = TONE[status];
  return <span className={tone ? `badge badge-${tone}` : 'badge'} data-status={status}>{enumLabel(status)}</span>;
}

/** The chosen roadmap, kept in the URL (?roadmap=) so a view survives a reload; the first one by default. */
export function useRoadmapParam(roadmaps: { id: string }[] | undefined): [string | null, (id: string) => void] {
  const [params] = useSearchParams();
  const update = useUpdateParams();
  const asked = params.get('roadmap');
  const id = roadmaps?.some((r) => r.id === asked) ? asked : roadmaps?.[0]?.id ?? null;
  return [id, (next) => update((p) => setParam(p, 'roadmap', next))];
}

export function RoadmapPicker({ roadmaps, value, onChange }: { roadmaps: { id: string; name: string }[]; value: string; onChange(id: string): void }) {
  return (
    <label>Roadmap{' '}
      <select className="select select-sm" value={value} onChange={(e) => onChange(e.target.value)}>
        {roadmaps.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
      </select>
    </label>
  );
}

/** A progress bar of a 0..1 fraction the server computed, announced as a percentage. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="row okr-progress">
      <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} style={{ flex: 1 }}>
        <div className="progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <span className="num" data-testid="progress-percent">{percent}%</span>
    </div>
  );
}
