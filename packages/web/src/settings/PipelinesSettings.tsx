import { useMutation, useQuery } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { useState } from 'react';
import { useViewer } from '../auth/Viewer';
import { graphql } from '../gql';
import type { StageType } from '../gql/graphql';
import { formatPercent, pluralize } from '../lib/format';
import { enumLabel, enumOptions } from '../records/fields';
import { Button } from '../ui/Button';
import { InlineEdit } from '../ui/InlineEdit';
import { ErrorState, LoadingBlock } from '../ui/states';
import { canOpenSettings } from './access';
import { SettingsPanel } from './SettingsLayout';
import { percent, SimpleForm, wholeNumber } from './SimpleForm';
import { useAction } from './useAction';

const SettingsPipelinesDocument = graphql(`
  query SettingsPipelines {
    pipelines(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {
      nodes {
        id name isDefault position version
        stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) {
          nodes { id name position probability color type rottingDays version }
        }
      }
    }
  }
`);

const CreatePipelineDocument = graphql(`
  mutation SettingsCreatePipeline($input: CreatePipelineInput!) { createPipeline(input: $input) { id name } }
`);
const CreateStageDocument = graphql(`
  mutation SettingsCreateStage($input: CreatePipelineStageInput!) { createPipelineStage(input: $input) { id name } }
`);
const UpdateStageDocument = graphql(`
  mutation SettingsUpdateStage($id: ID!, $input: UpdatePipelineStageInput!, $expectedVersion: Int) {
    updatePipelineStage(id: $id, input: $input, expectedVersion: $expectedVersion) { id name position probability color type rottingDays version }
  }
`);
const DeleteStageDocument = graphql(`
  mutation SettingsDeleteStage($id: ID!) { deletePipelineStage(id: $id) { id deletedAt } }
`);

const STAGE_TYPES: StageType[] = ['OPEN', 'WON', 'LOST'];
const COLOR = /^#[0-9a-f]{6}$/i;
const REFETCH = ['SettingsPipelines', 'BoardPipelines'];
/** The board is read again when it is next shown, with the changed stages. */
const forgetBoards = (cache: ApolloCache) => { cache.evict({ id: 'ROOT_QUERY', fieldName: 'board' }); cache.gc(); };

export default function PipelinesSettings() {
  const viewer = useViewer();
  const editable = canOpenSettings(viewer.role);
  const { data, error, refetch } = useQuery(SettingsPipelinesDocument);
  const [createPipeline] = useMutation(CreatePipelineDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [createStage] = useMutation(CreateStageDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true, update: forgetBoards });
  const [updateStage] = useMutation(UpdateStageDocument, { update: forgetBoards });
  const [deleteStage] = useMutation(DeleteStageDocument, { refetchQueries: REFETCH, update: forgetBoards });
  const act = useAction();
  const [chosen, setChosen] = useState<string | null>(null);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingBlock lines={6} label="Loading pipelines" />;
  const pipelines = data.pipelines.nodes;
  const pipeline = pipelines.find((p) => p.id === chosen) ?? pipelines.find((p) => p.isDefault) ?? pipelines[0];
  const stages = pipeline?.stages.nodes ?? [];

  const save = (stage: (typeof stages)[number], input: Record<string, unknown>) =>
    act(() => updateStage({ variables: { id: stage.id, input, expectedVersion: stage.version } }));
  /** Swaps the positions of two neighbouring stages. */
  const swap = (a: (typeof stages)[number], b: (typeof stages)[number]) =>
    act(async () => {
      await updateStage({ variables: { id: a.id, input: { position: b.position }, expectedVersion: a.version } });
      await updateStage({ variables: { id: b.id, input: { position: a.position }, expectedVersion: b.version } });
      await refetch();
    }, `${a.name} moved.`);

  return (
    <>
      <SettingsPanel id="pipelines-heading" title="Pipelines and stages" description="The stages deals move through, in board order, with their win probability.">
        <div className="toolbar">
          <div className="field">
            <label htmlFor="settings-pipeline">Pipeline</label>
            <select id="settings-pipeline" className="select select-sm" value={pipeline?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
              {pipelines.map((p) => <option key={p.id} value={p.id}>{p.name}{p.isDefault ? ' (default)' : ''}</option>)}
            </select>
          </div>
          <span className="muted" style={{ alignSelf: 'center' }}>{pluralize(stages.length, 'stage')}</span>
        </div>
        <div className="table-wrap" tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">Stages of {pipeline?.name}</caption>
            <thead><tr><th scope="col">Order</th><th scope="col">Name</th><th scope="col">Type</th><th scope="col" className="num">Probability</th><th scope="col">Colour</th><th scope="col" className="num">Rotting after</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {stages.map((s, i) => (
                <tr key={s.id}>
                  <td>
                    <span className="row" style={{ gap: 2 }}>
                      <Button size="sm" variant="ghost" icon="chevronUp" aria-label={`Move ${s.name} up`} disabled={!editable || i === 0} onClick={() => void swap(s, stages[i - 1]!)} />
                      <Button size="sm" variant="ghost" icon="chevronDown" aria-label={`Move ${s.name} down`} disabled={!editable || i === stages.length - 1} onClick={() => void swap(s, stages[i + 1]!)} />
                    </span>
                  </td>
                  <td><InlineEdit label="Stage name" display={s.name} value={s.name} disabled={!editable} validate={(v) => (v.trim() ? null : 'A stage needs a name.')} onSave={(v) => save(s, { name: v.trim() })} /></td>
                  <td><InlineEdit label={`Type of ${s.name}`} display={enumLabel(s.type)} value={s.type} type="select" options={enumOptions(STAGE_TYPES)} disabled={!editable} onSave={(v) => save(s, { type: v })} /></td>
                  <td className="num"><InlineEdit label={`Probability of ${s.name} (%)`} display={formatPercent(s.probability)} value={String(Math.round(s.probability * 1000) / 10)} inputMode="decimal" disabled={!editable} validate={percent} onSave={(v) => save(s, { probability: Number(v) / 100 })} /></td>
                  <td>
                    <span className="row" style={{ gap: 6 }}>
                      <span className="swatch" style={{ background: s.color ?? 'transparent' }} aria-hidden="true" />
                      <InlineEdit label={`Colour of ${s.name}`} display={s.color ?? ''} value={s.color ?? ''} placeholder="#2454cc" disabled={!editable} validate={(v) => (!v || COLOR.test(v.trim()) ? null : 'Enter a colour like #2454cc.')} onSave={(v) => save(s, { color: v.trim() || null })} />
                    </span>
                  </td>
                  <td className="num"><InlineEdit label={`Rotting days of ${s.name}`} display={s.rottingDays ? pluralize(s.rottingDays, 'day') : 'Never'} value={s.rottingDays ? String(s.rottingDays) : ''} inputMode="numeric" disabled={!editable} validate={(v) => (v ? wholeNumber(1, 3650)(v) : null)} onSave={(v) => save(s, { rottingDays: v ? Number(v) : null })} /></td>
                  <td>{editable && <Button size="sm" variant="ghost" icon="trash" aria-label={`Delete stage ${s.name}`} onClick={() => void act(() => deleteStage({ variables: { id: s.id } }), `Stage ${s.name} moved to the trash.`)} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </SettingsPanel>
      {editable && pipeline && (
        <SettingsPanel id="new-stage-heading" title={`Add a stage to ${pipeline.name}`}>
          <div className="panel-body">
            <SimpleForm submitLabel="Add stage" fields={[
              { name: 'name', label: 'Name', required: true },
              { name: 'type', label: 'Type', type: 'select', options: enumOptions(STAGE_TYPES), defaultValue: 'OPEN' },
              { name: 'probability', label: 'Probability (%)', type: 'number', defaultValue: '50', check: percent },
              { name: 'color', label: 'Colour', placeholder: '#2454cc', check: (v) => (COLOR.test(v) ? null : 'Enter a colour like #2454cc.') },
              { name: 'rottingDays', label: 'Rotting after (days)', type: 'number', check: wholeNumber(1, 3650) },
            ]} onSubmit={async (v) => {
              await createStage({ variables: { input: {
                pipelineId: pipeline.id, name: v.name!, type: v.type as StageType, probability: Number(v.probability || 0) / 100,
                color: v.color || null, rottingDays: v.rottingDays ? Number(v.rottingDays) : null, position: Math.max(0, ...stages.map((s) => s.position)) + 1,
              } } });
              await act(async () => undefined, `Stage ${v.name} added: it shows on the board.`);
            }} />
          </div>
        </SettingsPanel>
      )}
      {editable && (
        <SettingsPanel id="new-pipeline-heading" title="New pipeline">
          <div className="panel-body">
            <SimpleForm submitLabel="Create pipeline" fields={[{ name: 'name', label: 'Name', required: true }]}
              onSubmit={async (v) => { const { data: made } = await createPipeline({ variables: { input: { name: v.name! } } }); if (made) setChosen(made.createPipeline.id); }} />
          </div>
        </SettingsPanel>
      )}
    </>
  );
}
