import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import type { OkrsQuery } from '../gql/graphql';
import { errorInfo } from '../lib/errors';
import { formatNumber, formatPercent } from '../lib/format';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { Button } from '../ui/Button';
import { EmptyState, ErrorState, LoadingBlock } from '../ui/states';
import { IdeaRoadmapsDocument, ProgressBar, RoadmapPicker, statusBadge, useRoadmapParam } from './shared';

export const OkrsDocument = graphql(`
  query Okrs($roadmapId: ID!) {
    okrs(first: 50, where: { roadmapId: { eq: $roadmapId } }, orderBy: [{ field: QUARTER, direction: DESC }, { field: TITLE, direction: ASC }]) {
      totalCount
      nodes {
        id title description quarter status progress
        owner { id name }
        keyResults(first: 50, orderBy: [{ field: TITLE, direction: ASC }]) {
          totalCount
          nodes { id title unit startValue targetValue currentValue progress version viewerCan { updateKeyResultProgress } }
        }
      }
    }
  }
`);

// The answer carries the objective's new progress: the cache puts it in the objective's bar.
export const UpdateKeyResultProgressDocument = graphql(`
  mutation UpdateKeyResultProgress($id: ID!, $currentValue: Float!) {
    updateKeyResultProgress(id: $id, currentValue: $currentValue) {
      id currentValue progress version
      okr { id progress }
    }
  }
`);

type Okr = OkrsQuery['okrs']['nodes'][number];
type KeyResult = Okr['keyResults']['nodes'][number];

const NUMBER = /^-?\d+(\.\d+)?$/;

function KeyResultRow({ kr, weight }: { kr: KeyResult; weight: number }) {
  const [text, setText] = useState(String(kr.currentValue));
  const [problem, setProblem] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateKeyResultProgressDocument);
  const inputId = `kr-${kr.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim().replace(/,/g, '');
    if (!NUMBER.test(value)) return setProblem('Enter a number, like 42 or 12.5.');
    setProblem(null);
    try {
      const { data } = await update({ variables: { id: kr.id, currentValue: Number(value) } });
      if (data) setText(String(data.updateKeyResultProgress.currentValue));
    } catch (error) {
      setProblem(errorInfo(error).message);
    }
  };
  return (
    <li className="okr-kr" data-key-result-id={kr.id}>
      <div className="okr-kr-head">
        <strong>{kr.title}</strong>
        <span className="muted num">
          start {formatNumber(kr.startValue)} · current <span data-testid="kr-current">{formatNumber(kr.currentValue)}</span> · target {formatNumber(kr.targetValue)} {kr.unit} · weight {formatPercent(weight)}
        </span>
      </div>
      <ProgressBar value={kr.progress} label={`${kr.title} progress`} />
      {kr.viewerCan.updateKeyResultProgress && (
        <form className="row-wrap" onSubmit={(e) => void submit(e)} noValidate>
          <label htmlFor={inputId} className="visually-hidden">Current value of {kr.title} ({kr.unit})</label>
          <input id={inputId} className="input input-sm okr-kr-input" inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)}
            aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${inputId}-error` : undefined} />
          <Button type="submit" size="sm" busy={loading}>Update</Button>
          {problem && <span className="error" id={`${inputId}-error`} role="alert">{problem}</span>}
        </form>
      )}
    </li>
  );
}

function Objective({ okr }: { okr: Okr }) {
  const headingId = `okr-${okr.id}`;
  const results = okr.keyResults.nodes;
  return (
    <section className="panel okr" aria-labelledby={headingId} data-okr-id={okr.id}>
      <div className="panel-header row-wrap">
        <h2 id={headingId} style={{ marginRight: 'auto' }}>{okr.title}</h2>
        <span className="muted">{okr.quarter}</span>
        {statusBadge(okr.status)}
        {okr.owner && <span className="muted">{okr.owner.name}</span>}
      </div>
      <div className="panel-body stack">
        {okr.description && <p className="muted">{okr.description}</p>}
        <ProgressBar value={okr.progress} label={`${okr.title} progress`} />
        {results.length === 0 ? <p className="muted">No key results yet: the objective's progress stays at 0%.</p> : (
          // Seed 003 gives key results no weights: each counts equally in the server's mean.
          <ul className="okr-krs">{results.map((kr) => <KeyResultRow key={kr.id} kr={kr} weight={1 / results.length} />)}</ul>
        )}
      </div>
    </section>
  );
}

/** Objectives of a roadmap with their progress (derived by the server from the key results) and the key results, whose current value members update. */
export default function OkrsPage() {
  useDocumentTitle('OKRs');
  const roadmaps = useQuery(IdeaRoadmapsDocument);
  const [roadmapId, setRoadmapId] = useRoadmapParam(roadmaps.data?.roadmaps.nodes);
  const okrs = useQuery(OkrsDocument, roadmapId ? { variables: { roadmapId } } : skipToken);

  if (roadmaps.error) return <ErrorState error={roadmaps.error} onRetry={() => void roadmaps.refetch()} />;
  if (roadmaps.loading) return <LoadingBlock label="Loading roadmaps" />;
  if (!roadmapId) return <EmptyState title="No roadmaps yet">Create a roadmap through the API to set its objectives.</EmptyState>;

  return (
    <div className="page">
      <div className="page-header">
        <h1>OKRs</h1>
        <RoadmapPicker roadmaps={roadmaps.data!.roadmaps.nodes} value={roadmapId} onChange={setRoadmapId} />
      </div>
      {okrs.error ? <ErrorState error={okrs.error} onRetry={() => void okrs.refetch()} />
        : !okrs.data ? <LoadingBlock label="Loading objectives" />
        : okrs.data.okrs.nodes.length === 0 ? <EmptyState title="No objectives yet">Objectives and their key results are set through the API.</EmptyState>
        : okrs.data.okrs.nodes.map((okr) => <Objective key={okr.id} okr={okr} />)}
    </div>
  );
}
