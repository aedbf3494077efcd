import { useQuery } from '@apollo/client/react';
import { skipToken } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { NewDealDialog } from '../board/NewDealDialog';
import { graphql } from '../gql';

const DefaultPipelineStagesDocument = graphql(`
  query DefaultPipelineStages {
    pipelines(first: 20, orderBy: [{ field: POSITION, direction: ASC }]) {
      nodes { id isDefault stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }
    }
  }
`);

/** "Add deal" from a company page: the deal starts in the default pipeline, linked to the company. */
export function NewDealForCompany({ open, onClose, company }: { open: boolean; onClose(): void; company: { id: string; name: string } }) {
  const navigate = useNavigate();
  const { data } = useQuery(DefaultPipelineStagesDocument, open ? {} : skipToken);
  const pipelines = data?.pipelines.nodes ?? [];
  const pipeline = pipelines.find((p) => p.isDefault) ?? pipelines[0];
  if (!pipeline) return null;
  return (
    <NewDealDialog open={open} onClose={onClose} pipelineId={pipeline.id} company={company}
      stages={pipeline.stages.nodes.filter((s) => s.type === 'OPEN')} onCreated={(id) => navigate(`/deals/${id}`)} />
  );
}
