import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import { errorInfo, fieldError, type ErrorInfo } from '../lib/errors';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';

const PipelineStagesDocument = graphql(`
  query PipelineStagesForMove {
    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {
      nodes { id name stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }
    }
  }
`);

const MoveDealToPipelineDocument = graphql(`
  mutation MoveDealToPipeline($input: MoveDealToPipelineInput!) {
    moveDealToPipeline(input: $input) { id version stageId status pipeline { id name } }
  }
`);

/** Moves a deal into another pipeline, to the bottom of the chosen stage (a LOST stage asks why). */
export function MoveToPipelineDialog({ open, onClose, deal, onMoved }: {
  open: boolean; onClose(): void; deal: { id: string; title: string; version: number; pipelineId: string }; onMoved(pipelineName: string): void;
}) {
  const formId = useId();
  const { data } = useQuery(PipelineStagesDocument, { skip: !open, fetchPolicy: 'cache-and-network' });
  const others = (data?.pipelines.nodes ?? []).filter((p) => p.id !== deal.pipelineId);
  const [pipelineId, setPipelineId] = useState('');
  const [stageId, setStageId] = useState('');
  const [lostReason, setLostReason] = useState('');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [move, { loading }] = useMutation(MoveDealToPipelineDocument, { refetchQueries: ['DealDetail', 'Board'], awaitRefetchQueries: true });

  const pipeline = others.find((p) => p.id === pipelineId) ?? others[0];
  const stages = pipeline?.stages.nodes ?? [];
  const stage = stages.find((s) => s.id === stageId) ?? stages[0];
  useEffect(() => {
    if (open) { setPipelineId(''); setStageId(''); setLostReason(''); setError(null); }
  }, [open]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!pipeline || !stage) return;
    if (stage.type === 'LOST' && !lostReason.trim()) {
      const message = 'Give a reason: it feeds the won/lost analysis';
      setError({ code: 'BAD_USER_INPUT', message, fields: { lostReason: message }, extensions: {} });
      return;
    }
    try {
      await move({ variables: { input: { dealId: deal.id, toStageId: stage.id, expectedVersion: deal.version, lostReason: stage.type === 'LOST' ? lostReason.trim() : null } } });
      onMoved(pipeline.name);
    } catch (e) {
      setError(errorInfo(e));
    }
  }

  const general = error && !fieldError(error, 'lostReason') && !fieldError(error, 'toStageId') ? error.message : null;
  return (
    <Dialog open={open} onClose={onClose} title="Move to another pipeline"
      footer={<><Button onClick={onClose}>Cancel</Button><Button type="submit" form={formId} variant="primary" busy={loading} disabled={!stage}>Move deal</Button></>}>
      <form id={formId} className="stack" onSubmit={submit} noValidate>
        {data && others.length === 0 ? (
          <p>This organization has one pipeline. An administrator can add another in Settings → Pipelines.</p>
        ) : (
          <>
            <p>“{deal.title}” goes to the bottom of the chosen stage; its stage history starts afresh in that pipeline.</p>
            <Field label="Pipeline">
              <select className="select" value={pipeline?.id ?? ''} onChange={(e) => { setPipelineId(e.target.value); setStageId(''); }}>
                {others.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
              </select>
            </Field>
            {pipeline && stages.length === 0 ? (
              <p role="status">“{pipeline.name}” has no stages yet. An administrator can add them in Settings → Pipelines.</p>
            ) : (
              <Field label="Stage" error={fieldError(error, 'toStageId')}>
                <select className="select" value={stage?.id ?? ''} onChange={(e) => setStageId(e.target.value)}>
                  {stages.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
                </select>
              </Field>
            )}
            {stage?.type === 'LOST' && (
              <Field label="Why was it lost?" error={fieldError(error, 'lostReason')}>
                <input className="input" value={lostReason} maxLength={500} onChange={(e) => setLostReason(e.target.value)} />
              </Field>
            )}
          </>
        )}
        {general && <p className="form-error" role="alert">{general}</p>}
      </form>
    </Dialog>
  );
}
